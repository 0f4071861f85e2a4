using System.Text.Json.Serialization;

namespace Platform.Grains.Sittings.Events;

/// <summary>P9, P15: the theory stage was scored; <see cref="How"/> is "submitted" or "time limit".</summary>
public sealed record TheorySubmitted(
    string By, string Role, int Correct, int Total, bool Passed, string Rule, [property: JsonPropertyName("text")] string How)
    : SittingEvent(SittingFactKind.TheorySubmitted);
