using System.Text.Json;
using Platform.LoadTest;

namespace Platform.Integration.Tests.LoadTest;

/// <summary>
/// Issue 16, <c>--generators K</c>: the parent merges its workers' results as one generator would have measured them —
/// histograms value by value (the percentiles of all the values, not an average of the workers' percentiles), counters
/// added — through the JSON of the result file.
/// </summary>
public sealed class GeneratorMergeTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromMilliseconds(1000);
    private static readonly TimeSpan Fast = TimeSpan.FromMilliseconds(10);

    [Fact]
    public void MergedHistogramsGiveThePercentilesOfEveryValueNotTheAverageOfTheWorkersPercentiles()
    {
        var timeline = new LiveTimeline();
        timeline.Start();
        timeline.SteadyBetween(TimeSpan.Zero, TimeSpan.FromHours(1));
        var (slowWorker, fastWorker, oneProcess) = (new Latency("answer save", timeline), new Latency("answer save", timeline), new Latency("answer save", timeline));
        for (var i = 0; i < 100; i++)
        {
            slowWorker.Record(Slow);
            oneProcess.Record(Slow);
        }

        for (var i = 0; i < 9_900; i++)
        {
            fastWorker.Record(Fast);
            oneProcess.Record(Fast);
        }

        slowWorker.CloseSecond(7);
        fastWorker.CloseSecond(7);

        var merged = new Latency("answer save", timeline);
        merged.Add(ThroughResultFile(slowWorker.Data()));
        merged.Add(ThroughResultFile(fastWorker.Data()));

        Assert.Equal(10_000, merged.Whole.Count);
        Assert.Equal(10_000, merged.Steady.Count);
        foreach (var percentile in new[] { 50, 90, 99, 99.5, 99.9, 100 })
        {
            Assert.Equal(oneProcess.Whole.Percentile(percentile), merged.Whole.Percentile(percentile));
            Assert.Equal(oneProcess.Steady.Percentile(percentile), merged.Steady.Percentile(percentile));
        }

        // 1 % of the values are slow: p99 is the fast value, p99.5 the slow one. The average of the workers' p99s
        // (1,000 ms and 10 ms) would have said 505 ms.
        Assert.InRange(merged.Whole.Percentile(99), 9.9, 10.1);
        Assert.InRange(merged.Whole.Percentile(99.5), 999, 1001);
        Assert.InRange((slowWorker.Whole.Percentile(99) + fastWorker.Whole.Percentile(99)) / 2, 500, 510);
        Assert.Equal(slowWorker.Worst, merged.Worst);
    }

    [Fact]
    public void MergedCountersAreTheSumOfTheWorkersAndTheErrorSamplesStayAtTwenty()
    {
        var (first, second, merged) = (new Metrics(), new Metrics(), new Metrics());
        for (var i = 0; i < 3; i++)
        {
            first.AnswerSent();
            first.AnswerAcknowledged(Fast);
        }

        second.AnswerSent();
        second.EventsSentNow(40);
        second.EventsAcknowledgedNow(40, Fast);
        second.Terminated();
        for (var i = 0; i < 15; i++)
        {
            first.Error($"first {i}");
            second.Error($"second {i}");
        }

        merged.Add(first.Counts());
        merged.Add(JsonSerializer.Deserialize<WorkerCounts>(JsonSerializer.Serialize(second.Counts(), GeneratorWorker.Json), GeneratorWorker.Json)!);

        Assert.Equal((4, 3, 40, 40, 1, 30), (merged.AnswersSent, merged.AnswersAcknowledged, merged.EventsSent, merged.EventsAcknowledged, merged.Terminations, merged.Errors));
        Assert.Equal(20, merged.ErrorSamples.Count);
    }

    private static LatencyData ThroughResultFile(LatencyData data) =>
        JsonSerializer.Deserialize<LatencyData>(JsonSerializer.Serialize(data, GeneratorWorker.Json), GeneratorWorker.Json)!;
}
