namespace Platform.LoadTest;

/// <summary>
/// Issue 16, <c>--generators K</c>: what a worker hands back in its result file: its counters, its latencies as
/// histograms, and what the platform acknowledged to its candidates (for the one loss check over all).
/// </summary>
public sealed record WorkerResult(
    WorkerCounts Counts,
    IReadOnlyList<LatencyData> Latencies,
    IReadOnlyList<AcknowledgedAnswer> Answers,
    IReadOnlyList<AcknowledgedEvent> Detections,
    IReadOnlyList<AcknowledgedEvent> Violations,
    IReadOnlyList<string> Terminated,
    IReadOnlyList<string> SubmittedByCandidate,
    IReadOnlyList<string> AwaitingTimeLimit,
    IReadOnlyDictionary<string, long> TerminatingSentAt);
