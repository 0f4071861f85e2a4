namespace Platform.Silo.Storage;

/// <summary>
/// One grain's read or write waiting for a batch. <see cref="Done"/> completes once the batch has committed: a read
/// with the row or null (no row), a write with its new version or null (the version it named was not the stored one).
/// </summary>
internal sealed class PendingStateOperation(string stateName, string grainId, bool isWrite, byte[]? payload, int? expectedVersion)
{
    public string StateName { get; } = stateName;

    public string GrainId { get; } = grainId;

    public bool IsWrite { get; } = isWrite;

    /// <summary>The serialized state to write; null clears it.</summary>
    public byte[]? Payload { get; } = payload;

    /// <summary>The version the grain last saw; null when it saw none.</summary>
    public int? ExpectedVersion { get; } = expectedVersion;

    public TaskCompletionSource<StoredState?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
