using System.Text.Json.Serialization;

namespace Platform.Grains.Sittings.Events;

/// <summary>P6: the sitting was opened for a program.</summary>
public sealed record Opened(string By, string Role, string Rule, [property: JsonPropertyName("text")] string ProgramCode)
    : SittingEvent(SittingFactKind.Opened);
