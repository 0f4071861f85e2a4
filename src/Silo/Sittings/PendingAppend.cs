using Platform.Grains.Sittings;

namespace Platform.Silo.Sittings;

/// <summary>One sitting's records waiting for a batch; <see cref="Done"/> completes once they are committed.</summary>
internal sealed record PendingAppend(IReadOnlyList<SittingLogRecord> Records, TaskCompletionSource Done);
