using HdrHistogram;

namespace Platform.LoadTest;

/// <summary>Latencies in microseconds (1 µs to 5 minutes, 3 significant digits) in an HdrHistogram, safe across threads.</summary>
public sealed class LatencyHistogram
{
    private const long Highest = 300_000_000;

    private readonly LongConcurrentHistogram _histogram = new(1, Highest, 3);

    public long Count => _histogram.TotalCount;

    /// <summary>A recorder of the same range whose interval histograms take the values since the last one.</summary>
    public static Recorder IntervalRecorder() =>
        HistogramFactory.With64BitBucketSize().WithValuesFrom(1).WithValuesUpTo(Highest).WithPrecisionOf(3).WithThreadSafeWrites().WithThreadSafeReads().Create();

    /// <summary>An elapsed time in whole microseconds, within the histogram's range.</summary>
    public static long Microseconds(TimeSpan elapsed) => Math.Clamp(elapsed.Ticks / TimeSpan.TicksPerMicrosecond, 1, Highest);

    public void Record(long microseconds) => _histogram.RecordValue(microseconds);

    /// <summary>
    /// Issue 16: every recorded value (µs, the highest of its bucket) with its count, so that another process can add
    /// this histogram to its own and read percentiles of all the values together.
    /// </summary>
    public long[][] Pairs() => [.. _histogram.RecordedValues().Select(v => new[] { v.ValueIteratedTo, v.CountAtValueIteratedTo })];

    /// <summary>Issue 16: adds another histogram's <see cref="Pairs"/> (each value counted as often as it was there).</summary>
    public void Add(IEnumerable<long[]> pairs)
    {
        foreach (var pair in pairs)
        {
            _histogram.RecordValueWithCount(pair[0], pair[1]);
        }
    }

    /// <summary>The value at a percentile in milliseconds; 0 when empty.</summary>
    public double Percentile(double percentile) => Count == 0 ? 0 : _histogram.GetValueAtPercentile(percentile) / 1000.0;

    public double Max => Count == 0 ? 0 : _histogram.GetMaxValue() / 1000.0;
}
