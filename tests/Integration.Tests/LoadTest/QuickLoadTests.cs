using Platform.Integration.Tests.Infrastructure;
using Platform.LoadTest;

namespace Platform.Integration.Tests.LoadTest;

/// <summary>
/// Issue 7: the load generator's quick mode against an in-process platform with the two Development flags (synthetic
/// candidates, adjustable clock): a few hundred candidates sit online at once, and nothing the platform acknowledged
/// is missing from PostgreSQL, though the tokens last 15 s and the connections are closed at their expiry. Issue 16:
/// the quick mode is a national sitting — the registrar opens every theory in one burst and every candidate gets its
/// ticket; at the end every time limit runs out at one instant and the platform submits each theory still open itself
/// (P9), each pushed to its candidate and on record in PostgreSQL. Timings are the benchmark's business, not this test's.
/// </summary>
public sealed class QuickLoadTests
{
    [Fact]
    public async Task TheQuickModeLosesNoAcknowledgedAnswerNorViolationNorSubmissionAtTheMassEnd()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var silo = await PlatformHosts.StartSiloAsync(database, "load", settings: new Dictionary<string, string?>
        {
            ["Platform:SeedDemoData"] = "true",
            ["Platform:Development:AdjustableClock"] = "true",
        });
        try
        {
            await using var frontend = await PlatformHosts.StartFrontendAsync(database, "load", new Dictionary<string, string?>
            {
                ["Platform:Limits:Login:PermitLimit"] = "100000",
                ["Platform:Development:SyntheticCandidates"] = "true",
                ["Platform:Development:AdjustableClock"] = "true",
                // Issue 11: tokens shorter than the run, so every hub connection is closed at its token's expiry and
                // must reconnect with a fresh one (and the proctoring streams reopen) without losing anything.
                ["Platform:Auth:DevelopmentTokenLifetime"] = "00:00:15",
            });
            var options = LoadOptions.QuickDefaults() with
            {
                BaseUrl = frontend.Address, Postgres = database, Quiet = true, SiloPid = -1, FrontendPid = -1, EchoDuration = 0,
                ReportPath = Path.Combine(PlatformHosts.TestDataDirectory, "load", "quick.md"),
            };

            var result = await new LoadRun(options, TextWriter.Null).RunAsync(CancellationToken.None);

            Assert.True(result.Passed, ReportWriter.Markdown(result));
            Assert.Equal(options.Candidates, result.Metrics.SittingsStarted);
            Assert.True(result.Metrics.AnswersAcknowledged > options.Candidates, ReportWriter.Markdown(result));
            Assert.Equal(result.Metrics.EventsSent, result.Metrics.EventsAcknowledged);
            Assert.True(result.Loss.ViolationsAcknowledged > 0 && result.Loss.TerminationsSeen > 0, ReportWriter.Markdown(result));
            Assert.Equal(0, result.Loss.AnswersMissing + result.Loss.DetectionsMissing + result.Loss.ViolationsMissing + result.Loss.TerminationsMissing);

            // Issue 16: every ticket delivered at the mass start; at the mass end every sitting still in theory (neither
            // terminated nor submitted by its candidate) submitted by the platform at its time limit, pushed, and on record.
            Assert.Equal(options.Candidates, result.Metrics.TicketsDelivered);
            var stillInTheory = options.Candidates - result.Metrics.Terminations - result.Metrics.VoluntarySubmit.Whole.Count;
            Assert.True(result.Metrics.EndsAwaited == stillInTheory && stillInTheory > options.Candidates / 2, ReportWriter.Markdown(result));
            Assert.Equal(result.Metrics.EndsAwaited, result.Metrics.EndsPushed);
            Assert.Equal(result.Metrics.EndsAwaited + result.Metrics.VoluntarySubmit.Whole.Count, result.Loss.SubmissionsExpected);
            Assert.Equal(0, result.Loss.SubmissionsMissing);
        }
        finally
        {
            await silo.StopAsync();
            silo.Dispose();
        }
    }
}
