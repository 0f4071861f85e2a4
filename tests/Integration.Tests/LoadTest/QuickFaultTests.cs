using Platform.Integration.Tests.Infrastructure;
using Platform.LoadTest;

namespace Platform.Integration.Tests.LoadTest;

/// <summary>
/// Issue 17, the quick version of a fault run (the full runs are <c>scripts/fault-run.sh</c>, docs/benchmarks.md): a few
/// dozen candidates sit online against an in-process platform on a PostgreSQL of its own, which is stopped in the
/// middle of the sittings and started again. Nothing the platform acknowledged is lost; every client saw its errors end
/// in a success and carried on to the end of its sitting, resuming it after any reconnect with time left; the hubs
/// refused the calls they could not complete as unavailable, never with SignalR's "unexpected error" (the hubs' 500);
/// no sitting's event log shows a second activation. Timings are the benchmark's business, not this test's.
/// </summary>
public sealed class QuickFaultTests
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task PostgresStoppedInTheMiddleOfTheSittingsLosesNothingAndEveryClientCarriesOnByItself()
    {
        var postgres = await PostgresCluster.StartPrivateAsync();
        try
        {
            var database = await postgres.CreateDatabaseAsync();
            using var silo = await PlatformHosts.StartSiloAsync(database, "load-fault", settings: new Dictionary<string, string?>
            {
                ["Platform:SeedDemoData"] = "true",
                ["Platform:Development:AdjustableClock"] = "true",
            });
            await using var frontend = await PlatformHosts.StartFrontendAsync(database, "load-fault", new Dictionary<string, string?>
            {
                ["Platform:Limits:Login:PermitLimit"] = "100000",
                ["Platform:Development:SyntheticCandidates"] = "true",
                ["Platform:Development:AdjustableClock"] = "true",
            });
            var options = LoadOptions.QuickDefaults() with
            {
                Candidates = 40, RampUp = 2, Duration = 30, AnswerInterval = 1, MassStart = false, MassEnd = false, Voluntary = 0,
                Fault = "postgres", FaultAt = 10, FaultLengthOption = Outage.TotalSeconds,
                BaseUrl = frontend.Address, Postgres = database, Quiet = true, SiloPid = -1, FrontendPid = -1, EchoDuration = 0,
                ReportPath = Path.Combine(PlatformHosts.TestDataDirectory, "load", "quick-fault.md"),
            };

            var result = await new LoadRun(options, TextWriter.Null, new StoppedPostgres(postgres)).RunAsync(CancellationToken.None);

            var report = ReportWriter.Markdown(result);
            Assert.True(result.Fault?.EndedAt is not null, report);
            Assert.True(result.Passed, report);
            Assert.Equal(0, result.Loss.AnswersMissing + result.Loss.DetectionsMissing + result.Loss.ViolationsMissing + result.Loss.TerminationsMissing + result.Loss.SubmissionsMissing);
            Assert.True(result.Activations is { Clean: true, Records: > 0 }, report);

            // P11: the time the outage took was given back by the platform, in the sittings' logs, and no more than the
            // outage and the clients' next call after it.
            var credited = result.Activations!.CreditedSeconds ?? [];
            Assert.True(credited.Count > 0, report);
            Assert.True(credited.All(seconds => seconds is > 0 and <= 30), report);
            Assert.Contains("outage time credited by the platform", report, StringComparison.Ordinal);

            // The fault was felt, and every client that felt it came through by itself.
            var seen = FaultFigures.Of(result.Metrics);
            Assert.True(seen.ExamHit > 0 && seen.StreamHit > 0, report);
            Assert.Equal(0, seen.StillFailing);
            Assert.Equal(0, seen.ResumedWithoutTime);
            Assert.Equal(0, result.Metrics.UnexpectedErrors);
            Assert.Equal(options.Candidates, result.Metrics.SittingsStarted);
            Assert.Equal(options.Candidates, result.Metrics.SittingsCompleted + result.Metrics.Terminations);
            Assert.Equal(result.Metrics.EventsSent, result.Metrics.EventsAcknowledged);
        }
        finally
        {
            await postgres.StopAsync();
        }
    }

    /// <summary>The test's fault: its private PostgreSQL stopped (fast shutdown) for <see cref="Outage"/>, then started again.</summary>
    private sealed class StoppedPostgres(PostgresCluster postgres) : IFault
    {
        public string Name => "postgres";

        public async Task<string> InjectAsync(Action<string> say, CancellationToken cancel)
        {
            await postgres.StopAsync();
            await Task.Delay(Outage, cancel);
            await postgres.StartAgainAsync();
            return $"PostgreSQL stopped for {Outage.TotalSeconds:0} s, then started again";
        }
    }
}
