namespace Platform.Frontend.Sittings;

/// <summary>P8: the acknowledgements of check-in; offline, the safety briefing's journal entry.</summary>
public sealed record CheckInRequest(bool MethodologyAcknowledged, bool ComplaintAndAppealAcknowledged, string? SafetyBriefingJournalEntry);
