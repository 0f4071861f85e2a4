using System.Text.Json.Serialization;

namespace Platform.Grains.Sittings.Events;

/// <summary>P14: the violation act was signed; <see cref="Signatories"/> are the names as printed on it.</summary>
public sealed record ViolationActSigned(string By, string Role, string Rule, [property: JsonPropertyName("text")] string Signatories)
    : SittingEvent(SittingFactKind.ViolationActSigned);
