namespace Platform.Silo.Sittings;

/// <summary>One sitting's wake-up waiting for <see cref="SittingWakeups"/> (null: the row goes).</summary>
internal sealed record PendingWakeup(string SittingId, DateTimeOffset? WakeAt, TaskCompletionSource Done);
