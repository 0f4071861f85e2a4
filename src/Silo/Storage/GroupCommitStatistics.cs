namespace Platform.Silo.Storage;

/// <summary>
/// What a <see cref="GroupCommitGrainStorage"/> did: round trips (each one transaction), the reads and writes they
/// carried, the largest batch, the writes refused for a stale version, the reads answered by the old store, and the batches that failed whole (a fault).
/// </summary>
public sealed record GroupCommitStatistics(long Batches, long Operations, int LargestBatch, long Conflicts, long FallbackReads, long FailedBatches);
