using HdrHistogram;

namespace Platform.LoadTest;

/// <summary>A latency histogram (HdrHistogram, microseconds, 3 significant digits, up to 5 minutes), safe across threads.</summary>
public sealed class Latency(string name)
{
    private const long Highest = 300_000_000;

    private readonly LongConcurrentHistogram _histogram = new(1, Highest, 3);

    public string Name { get; } = name;

    public long Count => _histogram.TotalCount;

    public void Record(TimeSpan elapsed) => _histogram.RecordValue(Math.Clamp((long)(elapsed.Ticks / 10), 1, Highest));

    /// <summary>The value at a percentile in milliseconds; 0 when empty.</summary>
    public double Percentile(double percentile) => Count == 0 ? 0 : _histogram.GetValueAtPercentile(percentile) / 1000.0;

    public double Max => Count == 0 ? 0 : _histogram.GetMaxValue() / 1000.0;
}
