using System.Diagnostics;
using System.Globalization;

namespace Platform.LoadTest;

/// <summary>
/// A whole run: the setup over the API, then the live phase (watchers first, candidates coming online over the
/// ramp-up, each live until the duration ends), a progress line once a second, the loss check in PostgreSQL.
/// Bounded: every client stops at the deadline, and the whole run is cancelled two minutes after it.
/// </summary>
public sealed class LoadRun(LoadOptions options, TextWriter output)
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    private readonly Metrics _metrics = new();
    private readonly Expectations _expected = new();

    public async Task<LoadResult> RunAsync(CancellationToken cancel)
    {
        var startedAt = DateTimeOffset.UtcNow;
        using var platform = new PlatformClient(options.BaseUrl, options.SetupParallelism + options.Watchers + 8);
        var setupClock = Stopwatch.StartNew();
        var setup = new Setup(platform, options, Say);
        var sittings = await setup.RunAsync(cancel);
        var setupTime = setupClock.Elapsed;
        Say(F($"setup done in {setupTime.TotalSeconds:0} s: {sittings.Count} sittings in theory; live for {options.Duration} s"));

        var samplers = Samplers();
        var liveClock = Stopwatch.StartNew();
        var until = DateTimeOffset.UtcNow.AddSeconds(options.Duration);
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        bound.CancelAfter(TimeSpan.FromSeconds(options.Duration) + Grace);
        var watchers = await StartWatchersAsync(platform, bound.Token);
        var live = Task.WhenAll(sittings.Select((s, i) => CandidateAsync(s, i, sittings.Count, platform, until, bound.Token)));
        await ProgressAsync(live, samplers, liveClock);
        var liveTime = liveClock.Elapsed;
        var rows = watchers.Sum(w => w.Rows);
        foreach (var watcher in watchers)
        {
            await watcher.DisposeAsync();
        }

        Say("checking PostgreSQL: every acknowledged answer, detection, violation and termination stored");
        var loss = await LossCheck.RunAsync(options.Postgres, sittings.Select(s => s.SittingId).ToArray(), _expected, cancel);
        return new LoadResult(options, startedAt, setup.ExamDay, setupTime, liveTime, _metrics, rows, samplers.Select(s => s.Usage()).ToArray(), loss);
    }

    private async Task CandidateAsync(PreparedSitting sitting, int index, int count, PlatformClient platform, DateTimeOffset until, CancellationToken cancel)
    {
        await Task.Delay(TimeSpan.FromSeconds(options.RampUp * index / Math.Max(1, count)), cancel);
        var violations = index % 100 < options.Violators * 100 ? 1 + index % 2 : 0;
        await new SimulatedCandidate(sitting, platform, options, _metrics, _expected, violations).RunAsync(until, cancel);
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

    private List<ProcessSampler> Samplers()
    {
        var samplers = new List<ProcessSampler>();
        if ((options.SiloPid ?? ProcessSampler.Find("Platform.Silo.dll")) is { } silo and > 0)
        {
            samplers.Add(new ProcessSampler("silo", silo));
        }

        if ((options.FrontendPid ?? ProcessSampler.Find("Platform.Frontend.dll")) is { } frontend and > 0)
        {
            samplers.Add(new ProcessSampler("frontend", frontend));
        }

        return samplers;
    }

    /// <summary>Once a second until the live phase ends: the processes sampled and, on a terminal, one overwritten line.</summary>
    private async Task ProgressAsync(Task live, List<ProcessSampler> samplers, Stopwatch clock)
    {
        var (answers, events) = (0L, 0L);
        while (!live.IsCompleted)
        {
            await Task.WhenAny(live, Task.Delay(TimeSpan.FromSeconds(1)));
            var cpu = string.Join(" ", samplers.Select(s => F($"{s.Name} {s.Sample():0}% {s.RssMegabytes:0}MB")));
            var line = F($"{clock.Elapsed.TotalSeconds,4:0}s online {_metrics.SittingsStarted - _metrics.SittingsCompleted - _metrics.Terminations,6} answers {_metrics.AnswersAcknowledged,8} (+{_metrics.AnswersAcknowledged - answers,5}/s) events {_metrics.EventsAcknowledged,9} (+{_metrics.EventsAcknowledged - events,6}/s) terminated {_metrics.Terminations,4} errors {_metrics.Errors,4} | {cpu}");
            (answers, events) = (_metrics.AnswersAcknowledged, _metrics.EventsAcknowledged);
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

    private void Say(string message)
    {
        if (!options.Quiet)
        {
            output.WriteLine(F($"[{DateTimeOffset.UtcNow:HH:mm:ss}] {message}"));
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
