using System.Globalization;
using Npgsql;
using Platform.Domain.Deadlines;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Procedure;

/// <summary>
/// Issue 16: a case's statutory deadlines (SPEC §2) are kept as its rows in <c>case_wakeups</c>, not as Orleans
/// reminders, and the cases' sweep wakes a case whose deadline passed with nobody acting. Observed in PostgreSQL (the
/// rows and the case projection), never by calling the case before the end: any command brings the deadlines up to
/// its instant by itself.
/// </summary>
public sealed class CaseSweepTests
{
    [Fact]
    public async Task ADeadlinePassingWithNobodyActingIsCaughtUpByTheSweepFromItsRow()
    {
        // Registered Mon 2 Mar 2026: P5's completeness review is at risk from Wed 4 Mar and breached after Thu 5 Mar.
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var caseId = NewCaseId();
        var application = world.Grains.GetGrain<IApplicationGrain>(caseId);
        var review = Review((await application.Submit(Application())).Case);
        // Migration 0021 moved the reminders of grains of this form.
        Assert.Equal("application/" + caseId, application.GetGrainId().ToString());
        Assert.Equal([("CompletenessReview", review.AtRiskFrom)], await RowsAsync(world, caseId));
        Assert.Equal(0L, await world.ScalarAsync<long>("select count(*) from orleans_reminder where strpos(grain_id, $1) > 0", caseId));

        // Nobody acts: the case is not even active any more.
        await world.RestartSiloAsync();
        await world.AdvanceToAsync(review.AtRiskFrom, () => ProjectedAsync(world, caseId, "atRisk"), seen => seen);
        // At risk, the review is next due just after its last instant (the end of Thu 5 Mar): midnight.
        Assert.Equal([("CompletenessReview", review.DueAt.AddTicks(1))], await RowsAsync(world, caseId));
        await world.AdvanceToAsync(review.DueAt, () => ProjectedAsync(world, caseId, "breached"), seen => seen);

        Assert.Empty(await RowsAsync(world, caseId));
        Assert.Equal(DeadlineStatus.Breached, Review((await world.Grains.GetGrain<IApplicationGrain>(caseId).Get())!).Status);
    }

    [Fact]
    public async Task ARowNoRunningDeadlineAnswersIsRemovedByTheSweepAndTheRunningOnesStay()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate().StartAsync();
        var caseId = NewCaseId();
        var review = Review((await world.Grains.GetGrain<IApplicationGrain>(caseId).Submit(Application())).Case);
        // Rows a crash or an older version could leave: a kind the case does not run, a kind no longer known, a case never registered.
        var past = (world.Clock.GetUtcNow() - TimeSpan.FromHours(1)).ToString("O", CultureInfo.InvariantCulture);
        var gone = NewCaseId();
        await world.ExecuteAsync($"""
            insert into case_wakeups (case_id, kind, wake_at) values
            ('{caseId}', 'Protocol', '{past}'), ('{caseId}', 'NoSuchKind', '{past}'), ('{gone}', 'CompletenessReview', '{past}')
            """);

        var left = await world.AdvanceToAsync(world.Clock.GetUtcNow().AddMinutes(1),
            () => world.ScalarAsync<long>("select count(*) from case_wakeups where case_id = any($1)", new object[] { new[] { caseId, gone } }), count => count == 1);

        Assert.Equal(1L, left);
        Assert.Equal([("CompletenessReview", review.AtRiskFrom)], await RowsAsync(world, caseId));
        Assert.Equal(DeadlineStatus.Open, Review((await world.Grains.GetGrain<IApplicationGrain>(caseId).Get())!).Status);
    }

    private static DeadlineView Review(CaseView view) => view.Deadlines.Single(d => d.Kind == DeadlineKind.CompletenessReview);

    private static Task<bool> ProjectedAsync(World world, string caseId, string status) => world.ScalarAsync<bool>(
        "select exists (select 1 from case_projection where case_id = $1 and deadlines @> jsonb_build_array(jsonb_build_object('kind', 'completenessReview', 'status', $2::text)))",
        caseId, status);

    private static async Task<List<(string Kind, DateTimeOffset WakeAt)>> RowsAsync(World world, string caseId)
    {
        await using var connection = new NpgsqlConnection(world.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select kind, wake_at from case_wakeups where case_id = $1 order by kind", connection);
        command.Parameters.AddWithValue(caseId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, DateTimeOffset)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero)));
        }

        return rows;
    }
}
