namespace Platform.LoadTest;

/// <summary>Issue 17: when the fault was injected and when it ended (from the start of the live phase), and what was done.</summary>
public sealed record FaultRecord(string Name, TimeSpan InjectedAt, TimeSpan? EndedAt, string What);
