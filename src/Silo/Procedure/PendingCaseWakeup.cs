namespace Platform.Silo.Procedure;

/// <summary>One case deadline's wake-up waiting for <see cref="CaseWakeups"/> (null: the row goes).</summary>
internal sealed record PendingCaseWakeup(string CaseId, string Kind, DateTimeOffset? WakeAt, TaskCompletionSource Done);
