using System.Text.Json.Serialization;

namespace Platform.Grains.Sittings.Events;

/// <summary>P8: the candidate acknowledged the methodology and the procedures; offline, the safety briefing's journal entry.</summary>
public sealed record CheckedIn(string By, string Role, string Rule, [property: JsonPropertyName("text")] string? SafetyBriefingJournalEntry)
    : SittingEvent(SittingFactKind.CheckedIn);
