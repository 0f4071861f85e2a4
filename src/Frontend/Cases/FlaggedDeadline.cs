namespace Platform.Frontend.Cases;

/// <summary>A center's obligation at risk or breached, as the national operator's board lists it (SPEC §1).</summary>
public sealed record FlaggedDeadline(string CenterNumber, string CaseId, string Kind, string Rule, string Status, DateTimeOffset DueAt);
