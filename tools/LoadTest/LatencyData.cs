namespace Platform.LoadTest;

/// <summary>
/// Issue 16, <c>--generators K</c>: one latency as a worker measured it, for the parent to merge: the whole live phase's
/// and the steady phase's histograms as (value in µs, count) pairs — every recorded value with its count, so the merged
/// histogram is the one a single process would have recorded, its percentiles those of all the values, never an
/// average of the workers' percentiles — and the worker's worst second.
/// </summary>
public sealed record LatencyData(string Name, long[][] Whole, long[][] Steady, WorstSecond? Worst);
