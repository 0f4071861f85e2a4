using System.Text.Json.Serialization;

namespace Platform.Grains.Sittings.Events;

/// <summary>P10, P11: extra time for the theory stage, and why.</summary>
public sealed record ExtraTimeGranted(string By, string Role, int Minutes, string Rule, [property: JsonPropertyName("text")] string? Reason)
    : SittingEvent(SittingFactKind.ExtraTimeGranted);
