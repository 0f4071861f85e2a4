using HdrHistogram;

namespace Platform.LoadTest;

/// <summary>
/// One latency of the run, kept three ways: over the whole live phase, over its steady phase only
/// (<see cref="LiveTimeline"/>), and second by second (an HdrHistogram <see cref="Recorder"/> the progress line closes
/// once a second, keeping that second's p99 and the worst second's). Records are safe across threads; the seconds are
/// closed by one caller.
/// </summary>
public sealed class Latency(string name, LiveTimeline timeline)
{
    private readonly Recorder _thisSecond = LatencyHistogram.IntervalRecorder();
    private HistogramBase? _lastSecond;

    public string Name { get; } = name;

    public LatencyHistogram Whole { get; } = new();

    public LatencyHistogram Steady { get; } = new();

    /// <summary>The p99 in milliseconds of the last closed second; null when nothing was recorded in it.</summary>
    public double? LastSecondP99 { get; private set; }

    /// <summary>The closed second with the highest p99; null before any value.</summary>
    public WorstSecond? Worst { get; private set; }

    public void Record(TimeSpan elapsed)
    {
        var microseconds = LatencyHistogram.Microseconds(elapsed);
        Whole.Record(microseconds);
        if (timeline.IsSteadyNow())
        {
            Steady.Record(microseconds);
        }

        _thisSecond.RecordValue(microseconds);
    }

    /// <summary>Issue 16: this latency as a generator worker hands it to the parent.</summary>
    public LatencyData Data() => new(Name, Whole.Pairs(), Steady.Pairs(), Worst);

    /// <summary>
    /// Issue 16: adds a worker's histograms to this one's (merged value by value, so the percentiles are those of every
    /// value together). The worst second is the worst of any process's seconds (each counts its own).
    /// </summary>
    public void Add(LatencyData data)
    {
        Whole.Add(data.Whole);
        Steady.Add(data.Steady);
        if (data.Worst is { } worst && (Worst is null || worst.P99 > Worst.P99))
        {
            Worst = worst;
        }
    }

    /// <summary>Ends the current second (its end in whole seconds of the live phase): its p99, and the worst so far.</summary>
    public void CloseSecond(int endsAt)
    {
        _lastSecond = _thisSecond.GetIntervalHistogram(_lastSecond);
        LastSecondP99 = _lastSecond.TotalCount == 0 ? null : _lastSecond.GetValueAtPercentile(99) / 1000.0;
        if (LastSecondP99 is { } p99 && (Worst is null || p99 > Worst.P99))
        {
            Worst = new WorstSecond(endsAt, p99, _lastSecond.TotalCount);
        }
    }
}
