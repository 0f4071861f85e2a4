using System.Diagnostics;
using System.Globalization;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Pages.Center;
using Xunit.Abstractions;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Sittings;

namespace Platform.Integration.Tests.Sittings;

/// <summary>
/// Issue 16, the mass end through the grains alone: <c>PLATFORM_BENCHMARK_SITTINGS</c> (1,000) online sittings of
/// one silo open their theory at the same instant, so their time limits expire together (P9); the clock moves past
/// them and every sitting is asked at once, so each submits itself (the time-limit path the reminder takes). Times
/// from the expiry to each sitting's answer, the PostgreSQL commits, and checks that nothing was lost: every sitting
/// submitted in its log and every case awaiting its protocol in the projection. Skipped unless <c>PLATFORM_BENCHMARK=1</c>;
/// the figures go to <c>docs/benchmarks.md</c> (and to <c>PLATFORM_BENCHMARK_LOG</c>, a file, when set).
/// </summary>
public sealed class MassEndBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task ThousandsOfTimeLimitsExpiringTogetherAreAllSubmitted()
    {
        var count = int.Parse(Environment.GetEnvironmentVariable("PLATFORM_BENCHMARK_SITTINGS") ?? "1000", CultureInfo.InvariantCulture);
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var setup = Stopwatch.StartNew();
        var cases = new List<(string CaseId, string Candidate)>();
        foreach (var chunk in Enumerable.Range(0, count).Chunk(50))
        {
            cases.AddRange(await Task.WhenAll(chunk.Select(async _ =>
            {
                var candidate = "cand-" + Guid.NewGuid().ToString("N");
                await world.RegisterCandidateAsync(candidate);
                return (await ScheduledCaseAsync(world, ExamMode.Online, "ru", candidate, toExamDay: false), candidate);
            })));
        }

        world.Clock.SetUtcNow(ExamStart.AddMinutes(-30));
        var sittings = new List<IExamSessionGrain>();
        foreach (var chunk in cases.Chunk(50))
        {
            sittings.AddRange(await Task.WhenAll(chunk.Select(c => InTheoryAsync(world, ExamMode.Online, caseId: c.CaseId, candidateKey: c.Candidate))));
        }

        Report($"setup: {count} sittings in theory in {setup.Elapsed.TotalSeconds:F0} s");
        var commitsBefore = await CommitsAsync(world);
        var load = await File.ReadAllTextAsync("/proc/loadavg");

        // The time limit (60 minutes) passes for all of them in the same instant.
        world.Clock.Advance(TimeSpan.FromMinutes(61));
        var expiry = Stopwatch.StartNew();
        var answered = await Task.WhenAll(sittings.Select(async sitting =>
        {
            var view = (await sitting.Get())!;
            return (view.State, Elapsed: expiry.Elapsed);
        }));
        var all = expiry.Elapsed;

        await Task.Delay(TimeSpan.FromSeconds(1.5)); // PostgreSQL's statistics are flushed about every second
        var commits = await CommitsAsync(world) - commitsBefore;
        var ids = cases.Select(c => c.CaseId).ToArray();
        var submittedInLog = await world.ScalarAsync<long>(
            "select count(distinct sitting_id) from sitting_events where kind = 'TheorySubmitted' and sitting_id = any($1)",
            new object[] { sittings.Select(s => s.GetPrimaryKeyString()).ToArray() });
        var awaitingProtocol = await world.ScalarAsync<long>(
            "select count(*) from case_projection where case_id = any($1) and state = 'awaitingProtocol'", new object[] { ids });

        var times = answered.Select(a => a.Elapsed.TotalMilliseconds).Order().ToArray();
        Report($"expiry of {count}: all answered in {all.TotalSeconds:F2} s ({count / all.TotalSeconds:F0}/s); " +
               $"p50 {Percentile(times, 0.50):F0} ms, p95 {Percentile(times, 0.95):F0} ms, p99 {Percentile(times, 0.99):F0} ms, max {times[^1]:F0} ms; " +
               $"{commits} PostgreSQL commits ({(double)commits / count:F1} a sitting); load average before {load.Trim()}, after {(await File.ReadAllTextAsync("/proc/loadavg")).Trim()}");
        Report($"zero loss: {answered.Count(a => a.State == SittingState.NotAdmitted)} answered submitted, {submittedInLog} submitted in the log, {awaitingProtocol} cases awaiting their protocol in the projection, of {count}");

        Assert.All(answered, a => Assert.Equal(SittingState.NotAdmitted, a.State));
        Assert.Equal(count, submittedInLog);
        Assert.Equal(count, awaitingProtocol);
    }

    private static Task<long> CommitsAsync(World world) =>
        world.ScalarAsync<long>("select xact_commit from pg_stat_database where datname = current_database()");

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private void Report(string line)
    {
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("PLATFORM_BENCHMARK_LOG") is { Length: > 0 } log)
        {
            File.AppendAllText(log, line + Environment.NewLine);
        }
    }
}
