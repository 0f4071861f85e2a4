namespace Platform.LoadTest;

/// <summary>
/// The limits /hubs/proctoring states for its clients, as any proctoring service must know them: the generator calls
/// the hub over the wire and does not link the frontend. A test holds these equal to the hub's own.
/// </summary>
public static class ProctoringHubLimits
{
    /// <summary>The most sittings one connection may carry.</summary>
    public const int MaxStreamsPerConnection = 1000;

    /// <summary>The most sittings' batches one <c>IngestStreams</c> call may carry.</summary>
    public const int MaxBatchesPerCall = 200;

    /// <summary>The largest message the hub reads (a call of <see cref="MaxBatchesPerCall"/> batches).</summary>
    public const long MaxMessageBytes = 256 * 1024;

    /// <summary>The calls of one connection the hub runs at once.</summary>
    public const int ParallelBatchesPerConnection = 64;
}
