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
        text.AppendLine(F($"Options: ramp-up {o.RampUp} s, duration {o.Duration} s, answer every {o.AnswerInterval} s, {o.EventRate} detections/min, violators {o.Violators:P0}, {o.Watchers} watchers, {o.BaseUrl}, hubs over {o.Protocol}."));
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
        var loss = r.Loss;
        text.AppendLine(F($"Zero loss (PostgreSQL `sitting_events`): answers {loss.AnswersAcknowledged - loss.AnswersMissing}/{loss.AnswersAcknowledged}, detections {loss.DetectionsAcknowledged - loss.DetectionsMissing}/{loss.DetectionsAcknowledged}, violations {loss.ViolationsAcknowledged - loss.ViolationsMissing}/{loss.ViolationsAcknowledged}, terminations {loss.TerminationsSeen - loss.TerminationsMissing}/{loss.TerminationsSeen} stored{(loss.Error is null ? "" : " — " + loss.Error)}."));
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
