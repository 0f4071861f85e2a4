namespace Platform.LoadTest;

/// <summary>
/// Issue 16, <c>--generators K</c>: what the parent gives a worker in its slice file: the run's options (the worker
/// runs its own candidates with them), its share of the prepared sittings, the procedure clock's offset the setup left,
/// when a mass end's common live phase ends (null otherwise) and where to write its result.
/// </summary>
public sealed record WorkerSlice(
    LoadOptions Options,
    IReadOnlyList<PreparedSitting> Sittings,
    long ClockOffsetMilliseconds,
    DateTimeOffset? CommonEnd,
    string ResultPath);
