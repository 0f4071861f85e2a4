using System.Globalization;
using System.Text;

namespace Platform.LoadTest;

/// <summary>
/// The markdown report of a run (and its SVG latency plot of the whole live phase beside it): counts, latencies over the
/// whole live phase and over its steady phase, the worst second of each latency, the processes, the loss check.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the report and the plot; the report's path.</summary>
    public static string Write(LoadResult result)
    {
        var path = result.Options.ReportPath ?? Path.Combine("docs", "benchmarks", F($"{result.StartedAt:yyyy-MM-dd-HHmm}-{result.Options.Candidates}.md"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var svg = Path.ChangeExtension(path, ".svg");
        File.WriteAllText(svg, SvgPlot.Render(result.Metrics.All, F($"Latency over the whole live phase, {result.Options.Candidates} candidates ({result.StartedAt:yyyy-MM-dd HH:mm} UTC)")));
        File.WriteAllText(path, Markdown(result, Path.GetFileName(svg)));
        return path;
    }

    public static string Markdown(LoadResult r, string? plot = null)
    {
        var m = r.Metrics;
        var o = r.Options;
        var text = new StringBuilder();
        text.AppendLine(F($"# Load test {r.StartedAt:yyyy-MM-dd HH:mm} UTC: {o.Candidates} candidates — {(r.Passed ? "PASSED" : "FAILED")}"));
        text.AppendLine();
        text.AppendLine(F($"Machine: {Environment.ProcessorCount} cores, {MemoryGigabytes():0.#} GiB; exam day {r.ExamDay:yyyy-MM-dd} (adjustable clock); setup {r.SetupTime.TotalSeconds:0} s; live {r.LiveTime.TotalSeconds:0} s."));
        text.AppendLine(F($"Options: ramp-up {o.RampUp} s, duration {o.Duration} s, answer every {o.AnswerInterval} s, {o.EventRate} detections/min, violators {o.Violators:P0}, {o.Watchers} watchers, {o.BaseUrl}, hubs over {o.Protocol}{(o.Generators > 1 ? F($", the generator in {o.Generators} processes (histograms merged; worst seconds per process)") : "")}."));
        text.AppendLine();
        text.AppendLine("| count | value | per second |");
        text.AppendLine("|---|---:|---:|");
        Row(text, "sittings started", m.SittingsStarted, null);
        Row(text, "sittings completed (submitted)", m.SittingsCompleted, null);
        Row(text, "sittings terminated (P13)", m.Terminations, null);
        Row(text, "answers sent", m.AnswersSent, r.PerSecond(m.AnswersSent));
        Row(text, "answers acknowledged", m.AnswersAcknowledged, r.PerSecond(m.AnswersAcknowledged));
        Row(text, "events sent", m.EventsSent, r.PerSecond(m.EventsSent));
        Row(text, "events acknowledged", m.EventsAcknowledged, r.PerSecond(m.EventsAcknowledged));
        Row(text, "dashboard rows received", r.DashboardRows, r.PerSecond(r.DashboardRows));
        Row(text, "client errors", m.Errors, null);
        text.AppendLine();
        National(text, r);
        Fault(text, r);
        Echo(text, r);
        Latencies(text, "whole live phase", m.All.Select(l => (l.Name, l.Whole)));
        var timeline = m.Timeline;
        if (timeline.HasSteadyPhase)
        {
            Latencies(text, F($"steady phase (all {o.Candidates} online, from t={timeline.SteadyFrom.TotalSeconds:0} s to t={timeline.SteadyUntil.TotalSeconds:0} s)"), m.All.Select(l => (l.Name, l.Steady)));
        }
        else
        {
            text.AppendLine(F($"No steady phase: the ramp-up plus {LiveTimeline.Settling.TotalSeconds:0} s reaches the end of the live phase.")).AppendLine();
        }

        var worst = m.All.Where(l => l.Worst is not null).Select(l => F($"{l.Name} {l.Worst!.P99:0.0} ms in the second ending at t={l.Worst.EndsAt} s (n={l.Worst.Count})"));
        text.AppendLine(F($"Worst one-second p99 (t from the start of the live phase): {string.Join("; ", worst.DefaultIfEmpty("none"))}."));
        text.AppendLine();
        text.AppendLine("| process | pid | CPU avg (% of a core) | CPU peak | RSS peak (MB) | threads |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var p in r.Processes)
        {
            var pid = p.Pids.Count == 1 ? p.Pids[0].ToString(CultureInfo.InvariantCulture) : F($"{p.Pids.Count} processes");
            text.AppendLine(F($"| {p.Name} | {pid} | {p.AverageCpuPercent:0} | {p.PeakCpuPercent:0} | {p.PeakRssMegabytes:0} | {p.Threads} |"));
        }

        text.AppendLine();
        text.AppendLine(F($"CPU per candidate over the live phase (issue 16): the platform (silo + frontend + PostgreSQL) {r.PlatformCpuMillisecondsPerCandidate:0.0} ms of a core, the generator apart {r.GeneratorCpuMillisecondsPerCandidate:0.0} ms; load average at the end {LoadAverage()}."));
        text.AppendLine();
        var loss = r.Loss;
        text.AppendLine(F($"Zero loss (PostgreSQL `sitting_events`): answers {loss.AnswersAcknowledged - loss.AnswersMissing}/{loss.AnswersAcknowledged}, detections {loss.DetectionsAcknowledged - loss.DetectionsMissing}/{loss.DetectionsAcknowledged}, violations {loss.ViolationsAcknowledged - loss.ViolationsMissing}/{loss.ViolationsAcknowledged}, terminations {loss.TerminationsSeen - loss.TerminationsMissing}/{loss.TerminationsSeen}, theory submissions (by the candidate, or at the time limit by the platform) {loss.SubmissionsExpected - loss.SubmissionsMissing}/{loss.SubmissionsExpected} stored{(loss.Error is null ? "" : " — " + loss.Error)}."));
        foreach (var error in m.ErrorSamples)
        {
            text.AppendLine(F($"- error: {error}"));
        }

        if (plot is not null)
        {
            text.AppendLine().AppendLine(F($"![latency percentiles]({plot})"));
        }

        return text.ToString();
    }

    /// <summary>Issue 16: the mass start's burst and delivery, the mass end's instant and pushes.</summary>
    private static void National(StringBuilder text, LoadResult r)
    {
        var (m, o, n) = (r.Metrics, r.Options, r.National);
        if (o.MassStart)
        {
            var burst = n?.OpeningBurst is { } b ? F($"{b.TotalSeconds:0.0} s") : "not done";
            text.AppendLine(F($"Mass start: the registrar opened {o.Candidates} theories in one command (the slot's) in {burst}; tickets delivered by push {m.TicketsDelivered}/{o.Candidates}; opening → ticket p50 {m.MassStart.Whole.Percentile(50):0} ms, p95 {m.MassStart.Whole.Percentile(95):0} ms, p99 {m.MassStart.Whole.Percentile(99):0} ms, max {m.MassStart.Whole.Max:0} ms."));
        }

        if (o.MassEnd)
        {
            var spread = n?.DeadlineSpread is { } s ? F($"{s.TotalSeconds:0.0} s apart") : "never reached";
            text.AppendLine(F($"Mass end: the procedure clock moved past every deadline at t={n?.ExpiredAt?.TotalSeconds ?? 0:0} s (the deadlines were {spread}); {m.EndsAwaited} sittings in theory, submitted and pushed to the candidate {m.EndsPushed}/{m.EndsAwaited}; time limit → submitted push p50 {m.MassEnd.Whole.Percentile(50):0} ms, p99 {m.MassEnd.Whole.Percentile(99):0} ms, max {m.MassEnd.Whole.Max:0} ms."));
        }

        if (o.Voluntary > 0)
        {
            text.AppendLine(F($"Voluntary submissions mid-run ({o.Voluntary:P0} of the candidates): {m.VoluntarySubmit.Whole.Count}, p50 {m.VoluntarySubmit.Whole.Percentile(50):0} ms, p99 {m.VoluntarySubmit.Whole.Percentile(99):0} ms."));
        }

        text.AppendLine();
    }

    /// <summary>
    /// Issue 17: the fault (when, what), what the candidates saw of it (error windows, the time lost, the resumes, the
    /// time credited), the hubs' and the API's unexpected errors, and the check that no sitting was active twice.
    /// </summary>
    /// <summary>The sittings credited, and the seconds each: p50, p99, most; how many reached the cap.</summary>
    private static string Credited(ActivationReport a)
    {
        if (a.CreditedSeconds is not { Count: > 0 } seconds)
        {
            return "none";
        }

        int At(double share) => seconds[Math.Min(seconds.Count - 1, (int)Math.Ceiling(share * seconds.Count) - 1)];
        return F($"{seconds.Count} sittings: p50 {At(0.50)} s, p99 {At(0.99)} s, most {seconds[^1]} s; {a.CappedSittings} at the cap (the rest is the commission's, P11)");
    }

    private static void Fault(StringBuilder text, LoadResult r)
    {
        if (r.Activations is not { } a)
        {
            return;
        }

        var f = FaultFigures.Of(r.Metrics);
        var fault = r.Fault is { } record
            ? F($"**{record.Name}** at t={record.InjectedAt.TotalSeconds:0} s, over at t={record.EndedAt?.TotalSeconds ?? double.NaN:0} s: {record.What}")
            : "none injected (the sittings were over first, or the fault failed: see the errors)";
        text.AppendLine(F($"Fault: {fault}."));
        text.AppendLine();
        text.AppendLine("| what the candidates saw | value |");
        text.AppendLine("|---|---|");
        text.AppendLine(F($"| exam clients that saw an error | {f.ExamHit} of {f.Candidates} |"));
        text.AppendLine(F($"| exam client error windows (first error → next success) | {f.ExamWindows} |"));
        text.AppendLine(F($"| time lost per candidate hit (sum of its windows) | {f.ExamLostPerCandidate} |"));
        text.AppendLine(F($"| proctoring streams that saw an error | {f.StreamHit} of {f.Candidates} |"));
        text.AppendLine(F($"| proctoring stream error windows | {f.StreamWindows} |"));
        text.AppendLine(F($"| clients whose last error never ended in a success | {f.StillFailing} |"));
        text.AppendLine(F($"| clients that left (their sitting over, every call answered) while reconnecting: no error seen | {f.LeftWhileReconnecting} |"));
        text.AppendLine(F($"| exam clients that reconnected by themselves and resumed | {f.Reconnected} ({f.Resumes} resumes; in the theory with time left {f.ResumedWithTimeLeft}, without {f.ResumedWithoutTime}) |"));
        text.AppendLine(F($"| deadlines moved as the clients saw them (a sheet after a reconnect; P10/P11) | {f.Credited} (most {f.MostCredited.TotalSeconds:0} s) |"));
        text.AppendLine(F($"| outage time credited by the platform (P11, `OutageCredited` in the sitting logs) | {Credited(a)} |"));
        text.AppendLine(F($"| unexpected errors (hub \"unexpected error\", HTTP 500), each call sent again | {r.Metrics.UnexpectedErrors} |"));
        text.AppendLine(F($"| no sitting active twice: {a.Sittings} event logs, {a.Records} records | chain breaks {a.ChainBreaks}, answers stored twice {a.DuplicateAnswers}, answer sequences going back {a.AnswersGoingBack}, detections stored twice {a.DuplicateDetections}{(a.Error is null ? "" : " — " + a.Error)} |"));
        text.AppendLine();
        foreach (var sample in r.Metrics.UnexpectedSamples)
        {
            text.AppendLine(F($"- unexpected: {sample}"));
        }

        if (r.Metrics.UnexpectedSamples.Count > 0)
        {
            text.AppendLine();
        }
    }

    /// <summary>Issue 16: the echo reference of the same run and the platform's steady p99 over it.</summary>
    private static void Echo(StringBuilder text, LoadResult r)
    {
        if (r.Echo is not { } echo)
        {
            return;
        }

        var (answers, events) = (r.Metrics.AnswerSave.Steady, r.Metrics.EventAck.Steady);
        text.AppendLine(F($"| echo reference ({echo.Connections} connections, {echo.Seconds:0} s, its own process; server CPU {echo.ServerCpuPercent:0}% of a core) | n | p50 | p99 | platform steady p99 | ratio |"));
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        text.AppendLine(F($"| answer save | {echo.Answers.Count} | {echo.Answers.Percentile(50):0.0} | {echo.Answers.Percentile(99):0.0} | {answers.Percentile(99):0.0} | {Ratio(answers, echo.Answers)} |"));
        text.AppendLine(F($"| event acknowledgement | {echo.Events.Count} | {echo.Events.Percentile(50):0.0} | {echo.Events.Percentile(99):0.0} | {events.Percentile(99):0.0} | {Ratio(events, echo.Events)} |"));
        text.AppendLine();
    }

    private static string Ratio(LatencyHistogram platform, LatencyHistogram echo) =>
        platform.Count > 0 && echo.Count > 0 ? F($"{platform.Percentile(99) / echo.Percentile(99):0.0}x") : "-";

    /// <summary>Issue 16, <c>--scale</c>: the platform's CPU per candidate at each size, and how it grows against the candidates.</summary>
    public static string CpuTable(IReadOnlyList<LoadResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| candidates | live (s) | platform CPU (core-s) | silo | frontend | PostgreSQL | per candidate (core-ms) | × candidates → × CPU | generator CPU (core-s) | passed |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        LoadResult? previous = null;
        foreach (var r in results)
        {
            var cpu = r.Platform.Sum(p => p.CpuSeconds);
            var growth = previous is null ? "" : F($"{(double)r.Options.Candidates / previous.Options.Candidates:0.0}× → {cpu / Math.Max(0.01, previous.Platform.Sum(p => p.CpuSeconds)):0.00}×");
            text.AppendLine(F($"| {r.Options.Candidates} | {r.LiveTime.TotalSeconds:0} | {cpu:0.0} | {Cpu(r, "silo"):0.0} | {Cpu(r, "frontend"):0.0} | {Cpu(r, "postgresql"):0.0} | {r.PlatformCpuMillisecondsPerCandidate:0.0} | {growth} | {Cpu(r, "generator"):0.0} | {(r.Passed ? "yes" : "NO")} |"));
            previous = r;
        }

        text.AppendLine().AppendLine(F($"Load average at the end: {LoadAverage()}."));
        return text.ToString();
    }

    private static double Cpu(LoadResult r, string name) => r.Processes.Where(p => p.Name.StartsWith(name, StringComparison.Ordinal)).Sum(p => p.CpuSeconds);

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static void Latencies(StringBuilder text, string phase, IEnumerable<(string Name, LatencyHistogram Histogram)> latencies)
    {
        text.AppendLine(F($"| latency (ms), {phase} | n | p50 | p95 | p99 | max |"));
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, h) in latencies)
        {
            text.AppendLine(F($"| {name} | {h.Count} | {h.Percentile(50):0.0} | {h.Percentile(95):0.0} | {h.Percentile(99):0.0} | {h.Max:0.0} |"));
        }

        text.AppendLine();
    }

    private static void Row(StringBuilder text, string name, long value, double? perSecond) =>
        text.AppendLine(F($"| {name} | {value} | {(perSecond is { } rate ? rate.ToString("0.0", CultureInfo.InvariantCulture) : "")} |"));

    private static double MemoryGigabytes()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
