using System.Diagnostics;
using System.Globalization;

namespace Platform.LoadTest;

/// <summary>
/// A whole run: the setup over the API, then the live phase (watchers first, candidates coming online over the
/// ramp-up with their streams on the shared proctoring connections, each live until the duration ends), a progress
/// line once a second, the loss check in PostgreSQL. Bounded: every client stops at the deadline, and the whole run is
/// cancelled two minutes after it.
/// </summary>
public sealed class LoadRun(LoadOptions options, TextWriter output)
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    private readonly Metrics _metrics = new();
    private readonly Expectations _expected = new();

    public async Task<LoadResult> RunAsync(CancellationToken cancel)
    {
        var startedAt = DateTimeOffset.UtcNow;
        using var platform = new PlatformClient(options.BaseUrl, options.SetupParallelism + options.Watchers + 8, options.Protocol);
        var setupClock = Stopwatch.StartNew();
        var setup = new Setup(platform, options, Say);
        var sittings = await setup.RunAsync(cancel);
        var setupTime = setupClock.Elapsed;
        Say(F($"setup done in {setupTime.TotalSeconds:0} s: {sittings.Count} sittings in theory; live for {options.Duration} s"));

        var samplers = Samplers();
        var timeline = _metrics.Timeline;
        timeline.Start();
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        bound.CancelAfter(TimeSpan.FromSeconds(options.RampUp + options.Duration) + Grace);
        var watchers = await StartWatchersAsync(platform, bound.Token);
        var proctoring = new ProctoringPool(platform, sittings.Count, options.StreamsPerConnection, bound.Token);
        await using var pacer = new Pacer();
        timeline.RampUpStarts(TimeSpan.FromSeconds(options.RampUp), TimeSpan.FromSeconds(options.Duration));
        var live = Task.WhenAll(sittings.Select((s, i) => CandidateAsync(s, i, sittings.Count, platform, proctoring, pacer, setup.Clock, bound.Token)));
        await ProgressAsync(live, samplers);
        var liveTime = timeline.Elapsed;
        var rows = watchers.Sum(w => w.Rows);
        foreach (var watcher in watchers)
        {
            await watcher.DisposeAsync();
        }

        await proctoring.DisposeAsync();

        Say("checking PostgreSQL: every acknowledged answer, detection, violation and termination stored");
        var loss = await LossCheck.RunAsync(options.Postgres, sittings.Select(s => s.SittingId).ToArray(), _expected, cancel);
        return new LoadResult(options, startedAt, setup.ExamDay, setupTime, liveTime, _metrics, rows, samplers.Select(s => s.Usage()).ToArray(), loss);
    }

    private async Task CandidateAsync(
        PreparedSitting sitting, int index, int count, PlatformClient platform, ProctoringPool proctoring, Pacer pacer, ProcedureClock clock, CancellationToken cancel)
    {
        // Each candidate sits for the duration from its own start, as time limits run from each one's opening (P9):
        // the leaving (and submitting) is spread as the coming online is.
        await pacer.PauseAsync(TimeSpan.FromSeconds(options.RampUp * index / Math.Max(1, count))).WaitAsync(cancel);
        var until = DateTimeOffset.UtcNow.AddSeconds(options.Duration);
        await new SimulatedCandidate(sitting, index, platform, proctoring, pacer, clock, options, _metrics, _expected).RunAsync(until, cancel);
    }

    private async Task<List<Watcher>> StartWatchersAsync(PlatformClient platform, CancellationToken cancel)
    {
        var watchers = new List<Watcher>();
        for (var i = 0; i < options.Watchers; i++)
        {
            var watcher = new Watcher(platform, _metrics, _expected);
            await watcher.StartAsync(cancel);
            watchers.Add(watcher);
        }

        return watchers;
    }

    /// <summary>The platform's processes (unless given as -1), the generator itself, and every PostgreSQL process on this machine.</summary>
    private List<ProcessSampler> Samplers()
    {
        var samplers = new List<ProcessSampler>();
        if ((options.SiloPid ?? ProcessSampler.Find("Platform.Silo.dll")) is { } silo and > 0)
        {
            samplers.Add(ProcessSampler.Of("silo", silo));
        }

        if ((options.FrontendPid ?? ProcessSampler.Find("Platform.Frontend.dll")) is { } frontend and > 0)
        {
            samplers.Add(ProcessSampler.Of("frontend", frontend));
        }

        samplers.Add(ProcessSampler.Of("generator", Environment.ProcessId));
        if (ProcessSampler.WithCommand("postgres").Count > 0)
        {
            samplers.Add(ProcessSampler.OfCommand("postgresql", "postgres"));
        }

        return samplers;
    }

    /// <summary>
    /// Once a second until the live phase ends: closes the second of every latency, samples the processes and, on a
    /// terminal, overwrites one line (counts, the last second's p99 of answers and events, CPU in % of a core).
    /// </summary>
    private async Task ProgressAsync(Task live, List<ProcessSampler> samplers)
    {
        var (answers, events) = (0L, 0L);
        while (!live.IsCompleted)
        {
            await Task.WhenAny(live, Task.Delay(TimeSpan.FromSeconds(1)));
            var second = (int)Math.Round(_metrics.Timeline.Elapsed.TotalSeconds);
            _metrics.CloseSecond(second);
            var cpu = string.Join(" ", samplers.Select(s => F($"{s.Name} {s.Sample():0}%")));
            var (a, e) = (_metrics.AnswersAcknowledged, _metrics.EventsAcknowledged);
            var line = F($"{second,4}s online {_metrics.SittingsStarted - _metrics.SittingsCompleted - _metrics.Terminations,6} | ans {a,8} +{a - answers,5}/s p99 {P99(_metrics.AnswerSave),6} | evt {e,9} +{e - events,6}/s p99 {P99(_metrics.EventAck),6} | terminated {_metrics.Terminations,4} errors {_metrics.Errors,4} | cpu {cpu}");
            (answers, events) = (a, e);
            if (!options.Quiet)
            {
                output.Write(Console.IsOutputRedirected ? line + "\n" : "\r" + line.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 200) : 160));
            }
        }

        if (!options.Quiet)
        {
            output.WriteLine();
        }

        await live;
    }

    private static string P99(Latency latency) => latency.LastSecondP99 is { } p99 ? F($"{p99:0}ms") : "-";

    private void Say(string message)
    {
        if (!options.Quiet)
        {
            output.WriteLine(F($"[{DateTimeOffset.UtcNow:HH:mm:ss}] {message}"));
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
