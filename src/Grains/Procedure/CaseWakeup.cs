namespace Platform.Grains.Procedure;

/// <summary>The key of one row of <see cref="ICaseWakeups"/>: a case and the name of one of its deadline kinds.</summary>
public sealed record CaseWakeup(string CaseId, string Kind);
