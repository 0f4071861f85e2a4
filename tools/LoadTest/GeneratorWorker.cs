using System.Globalization;
using System.Text.Json;

namespace Platform.LoadTest;

/// <summary>
/// Issue 16, <c>--generators K</c>: one of the K generator processes (<c>--worker FILE</c>, started by the parent). It
/// runs the live phase of its share of the candidates exactly as a single generator runs all of them (the same
/// <see cref="SimulatedCandidate"/>s, its own proctoring connections and pacer), takes the national sitting's shared
/// instants from the parent on stdin, reports on stdout, and at the end writes its counters, histograms and what the
/// platform acknowledged to the result file the parent merges.
/// <list type="bullet">
/// <item>stdin: <c>open I</c> (the registrar's request opening its candidate I went out), <c>until T</c> (a mass
/// start's live phase ends at T, Unix ms), <c>expired S O</c> (every time limit ran out at Stopwatch timestamp S — one
/// monotonic clock for the processes of a machine — and the procedure clock's offset is now O ms), <c>abandon</c>.</item>
/// <item>stdout: <c>arrived</c> (every candidate of the slice connected), <c>deadlines N MIN MAX</c> (the deadlines its
/// tickets showed, Unix ms, once its live phase is over; a mass end), <c>progress ONLINE ANSWERS EVENTS TERMINATED
/// ERRORS</c> once a second, <c>done</c>.</item>
/// </list>
/// </summary>
public static class GeneratorWorker
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(string sliceFile, CancellationToken cancel)
    {
        var slice = JsonSerializer.Deserialize<WorkerSlice>(await File.ReadAllTextAsync(sliceFile, cancel), Json)
            ?? throw new InvalidOperationException($"no slice in {sliceFile}");
        var options = slice.Options;
        var sittings = slice.Sittings;
        var (metrics, expected, national, clock) = (new Metrics(), new Expectations(), new NationalSitting(sittings.Count), new ProcedureClock());
        clock.Set(slice.ClockOffsetMilliseconds);
        var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        var say = (string line) => { lock (output) { output.WriteLine(line); } };

        using var platform = new PlatformClient(options.BaseUrl, options.SetupParallelism + 8, options.Protocol);
        var timeline = metrics.Timeline;
        timeline.Start();
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        bound.CancelAfter(LoadRun.Bound(options));
        await using var proctoring = new ProctoringPool(platform, sittings.Count, options.StreamsPerConnection, bound.Token);
        await using var pacer = new Pacer();
        var end = slice.CommonEnd ?? DateTimeOffset.UtcNow.AddSeconds(options.RampUp + options.Duration);
        if (!options.MassStart)
        {
            timeline.RampUpStarts(TimeSpan.FromSeconds(options.RampUp), TimeSpan.FromSeconds(options.MassEnd ? options.RampUp + options.Duration : options.Duration));
        }

        _ = ListenAsync(national, timeline, options, clock);
        _ = national.AllArrived.ContinueWith(arrived => { if (arrived.IsCompletedSuccessfully) { say("arrived"); } }, TaskScheduler.Default);
        var candidates = Task.WhenAll(sittings.Select((s, i) =>
            LoadRun.CandidateAsync(s, i, sittings.Count, platform, proctoring, pacer, clock, national, end, options, metrics, expected, bound.Token)));
        var deadlines = options.MassEnd ? DeadlinesAsync(national, options.MassStart ? national.Until : Task.FromResult(end), candidates, say) : Task.CompletedTask;
        while (!candidates.IsCompleted)
        {
            await Task.WhenAny(candidates, Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None));
            // The worker's own seconds (t from its start, a second or so after the parent's live phase began).
            metrics.CloseSecond((int)Math.Round(timeline.Elapsed.TotalSeconds));
            say(Progress(metrics));
        }

        await candidates;
        await deadlines;
        await File.WriteAllTextAsync(slice.ResultPath, JsonSerializer.Serialize(Result(metrics, expected), Json), CancellationToken.None);
        say(Progress(metrics));
        say("done");
        return 0;
    }

    /// <summary>The parent's instants of a national sitting, line by line until its stdin closes.</summary>
    private static async Task ListenAsync(NationalSitting national, LiveTimeline timeline, LoadOptions options, ProcedureClock clock)
    {
        using var input = new StreamReader(Console.OpenStandardInput());
        while (await input.ReadLineAsync() is { } line)
        {
            var words = line.Split(' ');
            switch (words[0])
            {
                case "open":
                    national.OpeningSent(Int(words[1]));
                    break;
                case "until":
                    // As the parent does at the burst's end: the steady phase runs from the settling to the live phase's end.
                    timeline.SteadyBetween(timeline.Elapsed + LiveTimeline.Settling, timeline.Elapsed + TimeSpan.FromSeconds(options.Duration));
                    national.EndsAt(DateTimeOffset.FromUnixTimeMilliseconds(Long(words[1])));
                    break;
                case "expired":
                    clock.Set(Long(words[2]));
                    national.Expire(Long(words[1]));
                    break;
                case "abandon":
                    national.Abandon();
                    break;
            }
        }
    }

    /// <summary>A mass end: once this slice's live phase is over, the deadlines its candidates' tickets showed.</summary>
    private static async Task DeadlinesAsync(NationalSitting national, Task<DateTimeOffset> until, Task candidates, Action<string> say)
    {
        try
        {
            var wait = await until - DateTimeOffset.UtcNow;
            await Task.WhenAny(Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero), candidates);
        }
        catch (OperationCanceledException)
        {
            // Abandoned: the parent is told what there is.
        }

        var deadlines = national.Deadlines.ToArray();
        say(deadlines.Length == 0
            ? "deadlines 0 0 0"
            : string.Create(CultureInfo.InvariantCulture, $"deadlines {deadlines.Length} {deadlines.Min().ToUnixTimeMilliseconds()} {deadlines.Max().ToUnixTimeMilliseconds()}"));
    }

    private static string Progress(Metrics m) => string.Create(
        CultureInfo.InvariantCulture,
        $"progress {m.SittingsStarted - m.SittingsCompleted - m.Terminations} {m.AnswersAcknowledged} {m.EventsAcknowledged} {m.Terminations} {m.Errors}");

    private static WorkerResult Result(Metrics metrics, Expectations expected) => new(
        metrics.Counts(),
        metrics.All.Select(latency => latency.Data()).ToArray(),
        expected.Answers.Select(a => new AcknowledgedAnswer(a.SittingId, a.QuestionId, a.Sequence)).ToArray(),
        expected.Detections.Select(d => new AcknowledgedEvent(d.SittingId, d.EventId)).ToArray(),
        expected.Violations.Select(v => new AcknowledgedEvent(v.SittingId, v.EventId)).ToArray(),
        expected.Terminated.ToArray(),
        expected.SubmittedByCandidate.ToArray(),
        expected.AwaitingTimeLimit.ToArray(),
        new Dictionary<string, long>(expected.TerminatingSentAt));

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static long Long(string value) => long.Parse(value, CultureInfo.InvariantCulture);
}
