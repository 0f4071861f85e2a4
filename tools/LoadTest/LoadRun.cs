using System.Diagnostics;
using System.Globalization;

namespace Platform.LoadTest;

/// <summary>
/// A whole run: the echo reference first (issue 16), the setup over the API, then the live phase (watchers first,
/// candidates coming online over the ramp-up with their streams on the shared proctoring connections, each live until
/// the duration ends), a progress line once a second, the loss check in PostgreSQL. A national sitting (issue 16): in a
/// mass start the candidates wait connected and the registrar opens every theory in one burst; in a mass end the run
/// moves the procedure clock past every deadline at once and the platform submits them all (P9). Bounded: every client
/// stops at the deadline, and the whole run is cancelled two minutes after it.
/// </summary>
public sealed class LoadRun(LoadOptions options, TextWriter output, IFault? fault = null)
{
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    private readonly Metrics _metrics = new();
    private readonly Expectations _expected = new();
    private NationalFigures _national = new(null, null, null);

    public async Task<LoadResult> RunAsync(CancellationToken cancel)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var echo = options.EchoDuration > 0 ? await new EchoReference(options, Say).RunAsync(cancel) : null;
        using var platform = new PlatformClient(options.BaseUrl, options.SetupParallelism + options.Watchers + 8, options.Protocol) { UnexpectedError = _metrics.Unexpected };
        var setupClock = Stopwatch.StartNew();
        var setup = new Setup(platform, options, Say);
        var sittings = await setup.RunAsync(cancel);
        var setupTime = setupClock.Elapsed;
        Say(F($"setup done in {setupTime.TotalSeconds:0} s: {sittings.Count} sittings in theory; live for {options.Duration} s"));

        var samplers = await SamplersAsync(cancel);
        var timeline = _metrics.Timeline;
        timeline.Start();
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        bound.CancelAfter(Bound(options));
        var watchers = await StartWatchersAsync(platform, bound.Token);
        await using var pacer = new Pacer();
        var national = new NationalSitting(sittings.Count);
        var end = DateTimeOffset.UtcNow.AddSeconds(options.RampUp + options.Duration);
        if (!options.MassStart)
        {
            timeline.RampUpStarts(TimeSpan.FromSeconds(options.RampUp), TimeSpan.FromSeconds(options.MassEnd ? options.RampUp + options.Duration : options.Duration));
        }

        // Issue 16, --generators K: the candidates in K child processes, this one keeping the dashboards and the burst.
        var proctoring = options.Generators > 1 ? null : new ProctoringPool(platform, sittings.Count, options.StreamsPerConnection, bound.Token);
        await using var workers = options.Generators > 1
            ? await GeneratorWorkers.StartAsync(options, sittings, setup.Clock.OffsetMilliseconds, options.MassEnd && !options.MassStart ? end : null, national, bound.Token)
            : null;
        var candidates = workers?.Completion ?? Task.WhenAll(sittings.Select((s, i) =>
            CandidateAsync(s, i, sittings.Count, platform, proctoring!, pacer, setup.Clock, national, end, options, _metrics, _expected, bound.Token)));
        // Issue 17: the fault in the middle of the sittings (one generator process: the candidates' error windows are this process's).
        var faulting = fault is null ? Task.FromResult<FaultRecord?>(null) : FaultAsync(fault, candidates, bound.Token);
        var live = Task.WhenAll(candidates, NationalAsync(sittings, setup, platform, national, candidates, workers, bound.Token), faulting);
        await ProgressAsync(live, samplers, workers);
        var liveTime = timeline.Elapsed;
        var rows = watchers.Sum(w => w.Rows);
        foreach (var watcher in watchers)
        {
            await watcher.DisposeAsync();
        }

        if (proctoring is not null)
        {
            await proctoring.DisposeAsync();
        }

        if (workers is not null)
        {
            await workers.MergeAsync(_metrics, _expected);
            watchers.ForEach(w => w.RecordMerged());
        }

        var usage = samplers.Select(s => s.Usage()).ToArray();
        Say("checking PostgreSQL: every acknowledged answer, detection, violation, termination and submission stored");
        var loss = await LossCheck.RunAsync(options.Postgres, sittings.Select(s => s.SittingId).ToArray(), _expected, cancel);
        ActivationReport? activations = null;
        if (fault is not null)
        {
            Say("checking PostgreSQL: each sitting's event log written by one activation");
            activations = await ActivationCheck.RunAsync(options.Postgres, sittings.Select(s => s.SittingId).ToArray(), cancel);
        }

        return new LoadResult(options, startedAt, setup.ExamDay, setupTime, liveTime, _metrics, rows, usage, loss, echo, _national, await faulting, activations);
    }

    /// <summary>How long a run (or a generator worker) may last before every client is stopped.</summary>
    public static TimeSpan Bound(LoadOptions options) =>
        TimeSpan.FromSeconds(options.RampUp + options.Duration) + Grace + (options.MassStart ? Grace : TimeSpan.Zero);

    /// <summary>One candidate of the live phase, paced into the ramp-up (also a generator worker's, issue 16).</summary>
    public static async Task CandidateAsync(
        PreparedSitting sitting, int index, int count, PlatformClient platform, ProctoringPool proctoring, Pacer pacer, ProcedureClock clock,
        NationalSitting national, DateTimeOffset commonEnd, LoadOptions options, Metrics metrics, Expectations expected, CancellationToken cancel)
    {
        // Each candidate sits for the duration from its own start, as time limits run from each one's opening (P9):
        // the leaving (and submitting) is spread as the coming online is. In a national sitting they leave together.
        await pacer.PauseAsync(TimeSpan.FromSeconds(options.RampUp * index / Math.Max(1, count))).WaitAsync(cancel);
        var until = options.MassStart ? national.Until
            : Task.FromResult(options.MassEnd ? commonEnd : DateTimeOffset.UtcNow.AddSeconds(options.Duration));
        var candidate = new SimulatedCandidate(sitting, index, platform, proctoring, pacer, clock, options, metrics, expected, national);
        metrics.Candidates.Add(candidate.Faults);
        await candidate.RunAsync(until, cancel);
    }

    /// <summary>
    /// Issue 17: the fault at <see cref="LoadOptions.FaultTime"/> from the start of the live phase, in the middle of the
    /// sittings (skipped when they are all over before it); when it came and ended, on the live phase's timeline.
    /// </summary>
    private async Task<FaultRecord?> FaultAsync(IFault injected, Task candidates, CancellationToken cancel)
    {
        var timeline = _metrics.Timeline;
        var wait = options.FaultTime - timeline.Elapsed;
        await Task.WhenAny(candidates, Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancel));
        if (candidates.IsCompleted)
        {
            _metrics.Error($"fault {injected.Name}: the sittings were over before t={options.FaultTime.TotalSeconds:0} s");
            return null;
        }

        var at = timeline.Elapsed;
        try
        {
            var what = await injected.InjectAsync(Say, cancel);
            Say(F($"fault over: {what}"));
            return new FaultRecord(injected.Name, at, timeline.Elapsed, what);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            _metrics.Error($"fault {injected.Name}: {e.GetType().Name}: {e.Message}");
            return new FaultRecord(injected.Name, at, null, $"failed: {e.Message}");
        }
    }

    /// <summary>
    /// Issue 16, the registrar's and the clock's part of a national sitting. Mass start: once every candidate waits
    /// connected, the registrar opens every theory of the slot in one command (the center's one request; the silo tells
    /// the sittings) and the live phase runs for the duration from its answer. Mass end: once the live phase is over,
    /// the procedure clock moves (DEVELOPMENT ONLY, <c>PUT /api/v1/dev/clock</c>) one second past the latest deadline the
    /// candidates saw, so every time limit has run out at that one instant; the silos take the move within 0.1 s, and
    /// the theory's own timer (on the procedure clock) submits each at once.
    /// </summary>
    private async Task NationalAsync(
        IReadOnlyList<PreparedSitting> sittings, Setup setup, PlatformClient platform, NationalSitting national, Task candidates, GeneratorWorkers? workers,
        CancellationToken cancel)
    {
        try
        {
            if (options.MassStart)
            {
                await Task.WhenAny(national.AllArrived, candidates).WaitAsync(cancel);
                Say(F($"mass start: the registrar opens the slot's {sittings.Count} theories in one command (POST /api/v1/centers/{Accounts.Center}/slots/theory)"));
                // The registrar's own connection: the command never queues the candidates' token renewals behind it.
                using var registrar = new PlatformClient(options.BaseUrl, 1);
                var burst = Stopwatch.StartNew();
                for (var i = 0; i < sittings.Count; i++)
                {
                    national.OpeningSent(i);
                    workers?.OpeningSent(i);
                }

                var slot = await Setup.OpenSlotTheoriesAsync(registrar, setup.SlotStart);
                var refused = slot.GetProperty("refused").GetArrayLength();
                if (refused > 0)
                {
                    _metrics.Error(F($"mass start: {refused} theories refused, the first: {slot.GetProperty("refused")[0].GetProperty("detail").GetString()}"));
                }

                _national = _national with { OpeningBurst = burst.Elapsed };
                Say(F($"mass start: {slot.GetProperty("opened").GetArrayLength()} theories opened, {refused} refused, in {burst.Elapsed.TotalSeconds:0.0} s"));
                var timeline = _metrics.Timeline;
                timeline.SteadyBetween(timeline.Elapsed + LiveTimeline.Settling, timeline.Elapsed + TimeSpan.FromSeconds(options.Duration));
                var until = DateTimeOffset.UtcNow.AddSeconds(options.Duration);
                national.EndsAt(until);
                workers?.EndsAt(until);
            }

            if (options.MassEnd)
            {
                var until = options.MassStart ? await national.Until : DateTimeOffset.UtcNow.AddSeconds(options.RampUp + options.Duration);
                var wait = until - DateTimeOffset.UtcNow;
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancel);
                if (workers is not null)
                {
                    await workers.DeadlinesAsync(national, cancel);
                }

                if (national.Deadlines.IsEmpty)
                {
                    national.Abandon();
                    return;
                }

                var latest = national.Deadlines.Max();
                var earliest = national.Deadlines.Min();
                var setting = await platform.OkAsync(HttpMethod.Put, "/api/v1/dev/clock", Accounts.Administrator, new { now = latest.AddSeconds(1) });
                var at = Stopwatch.GetTimestamp();
                setup.Clock.Set(setting.GetProperty("offsetMilliseconds").GetInt64());
                national.Expire(at);
                workers?.Expire(at, setup.Clock.OffsetMilliseconds);
                _national = _national with { ExpiredAt = _metrics.Timeline.Elapsed, DeadlineSpread = latest - earliest };
                Say(F($"mass end: the procedure clock moved past every deadline (they spanned {(latest - earliest).TotalSeconds:0.0} s); the platform submits"));
            }
        }
        catch (Exception e) when (e is SetupException or HttpRequestException || (e is TaskCanceledException && !cancel.IsCancellationRequested))
        {
            // A request refused or timed out (the HTTP client's 60 s): the candidates waiting on it stop waiting.
            _metrics.Error($"national sitting: {e.GetType().Name}: {e.Message}");
            national.Abandon();
            workers?.Abandon();
        }
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

    /// <summary>
    /// The platform's processes (unless given as -1), the generator itself, and PostgreSQL: the server of the platform's
    /// database and its backends (found from a backend's parent), or without a connection string every PostgreSQL
    /// process on this machine (other clusters included: the machine may be shared).
    /// </summary>
    private async Task<List<ProcessSampler>> SamplersAsync(CancellationToken cancel)
    {
        var samplers = new List<ProcessSampler>();
        if (options.PlatformRoot is not null && fault is ProcessFault faulted)
        {
            // Issue 17: this worktree's silos and frontend, whatever their pids after a restart (another copy of the
            // platform may run on the machine).
            samplers.Add(ProcessSampler.OfCommandLine("silos", faulted.SiloCommandLine));
            samplers.Add(ProcessSampler.OfCommandLine("frontend", faulted.FrontendCommandLine));
        }
        else
        {
            if ((options.SiloPid ?? ProcessSampler.Find("Platform.Silo.dll")) is { } silo and > 0)
            {
                samplers.Add(ProcessSampler.Of("silo", silo));
            }

            if ((options.FrontendPid ?? ProcessSampler.Find("Platform.Frontend.dll")) is { } frontend and > 0)
            {
                samplers.Add(ProcessSampler.Of("frontend", frontend));
            }
        }

        // With --generators K the generator is this process and its children (the workers), issue 16.
        samplers.Add(options.Generators > 1 ? ProcessSampler.OfTree("generator", Environment.ProcessId) : ProcessSampler.Of("generator", Environment.ProcessId));
        if (await PostgresServerAsync(cancel) is { } server)
        {
            samplers.Add(ProcessSampler.OfTree("postgresql", server));
        }
        else if (ProcessSampler.WithCommand("postgres").Count > 0)
        {
            samplers.Add(ProcessSampler.OfCommand("postgresql (all clusters)", "postgres"));
        }

        return samplers;
    }

    /// <summary>The postmaster of the platform's database: the parent of a backend of ours; null without a connection string or access.</summary>
    private async Task<int?> PostgresServerAsync(CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(options.Postgres))
        {
            return null;
        }

        try
        {
            await using var database = Npgsql.NpgsqlDataSource.Create(options.Postgres);
            await using var command = database.CreateCommand("select pg_backend_pid()");
            return await command.ExecuteScalarAsync(cancel) is int backend ? ProcessSampler.ParentOf(backend) : null;
        }
        catch (Npgsql.NpgsqlException)
        {
            return null;
        }
    }

    /// <summary>
    /// Once a second until the live phase ends: closes the second of every latency, samples the processes and, on a
    /// terminal, overwrites one line (counts, the last second's p99 of answers and events, CPU in % of a core).
    /// </summary>
    private async Task ProgressAsync(Task live, List<ProcessSampler> samplers, GeneratorWorkers? workers)
    {
        var (answers, events) = (0L, 0L);
        while (!live.IsCompleted)
        {
            await Task.WhenAny(live, Task.Delay(TimeSpan.FromSeconds(1)));
            var second = (int)Math.Round(_metrics.Timeline.Elapsed.TotalSeconds);
            _metrics.CloseSecond(second);
            var cpu = string.Join(" ", samplers.Select(s => F($"{s.Name} {s.Sample():0}%")));
            // With --generators K the workers' counts (their last progress lines); their per-second p99 stays in them.
            var (online, a, e, terminated, errors) = workers?.Progress
                ?? (_metrics.SittingsStarted - _metrics.SittingsCompleted - _metrics.Terminations, _metrics.AnswersAcknowledged, _metrics.EventsAcknowledged, _metrics.Terminations, _metrics.Errors);
            var line = F($"{second,4}s online {online,6} | ans {a,8} +{a - answers,5}/s p99 {P99(_metrics.AnswerSave),6} | evt {e,9} +{e - events,6}/s p99 {P99(_metrics.EventAck),6} | terminated {terminated,4} errors {errors,4} | cpu {cpu}");
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
