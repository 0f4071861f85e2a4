namespace Platform.Integration.Tests.Database;

/// <summary>
/// Issue 16, migration 0021: a database upgraded in place loses no deadline. Every case's deadline reminder moves out of
/// Orleans' reminder table (grain <c>application/&lt;case id&gt;</c>, reminder <c>deadline-&lt;Kind&gt;</c>) into
/// <c>case_wakeups</c> at the instant Orleans would have delivered it from; every other reminder stays where it was.
/// (The grain id's form is checked against a running silo in <c>CaseSweepTests</c>.)
/// </summary>
public sealed class CaseWakeupsMigrationTests
{
    [Fact]
    public async Task TheCasesDeadlineRemindersMoveIntoTheirWakeUpsAndTheOtherRemindersStay()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        // The database as the code before 0021 left it, with reminders registered by that code.
        await database.ExecuteAsync("drop table case_wakeups; delete from schema_migrations where name = '0021_case_wakeups'");
        await database.ExecuteAsync("""
            insert into orleans_reminder (service_id, grain_id, reminder_name, start_time, period_ms, grain_hash, version) values
            ('platform', 'application/case-aaa', 'deadline-CompletenessReview', '2026-03-03 19:00:00+00', 60000, 11, 3),
            ('platform', 'application/case-aaa', 'deadline-ExamNotice', '2026-03-09 19:00:00.000001+00', 60000, 11, 1),
            ('platform', 'application/case-bbb', 'deadline-AppealWindow', '2026-01-10 18:59:59+00', 60000, -7, 2),
            ('platform', 'examsession/sitting-1', 'theory-clock', '2026-03-17 05:00:00+00', 60000, 5, 1),
            ('platform', 'probe/p-1', 'deadline-CompletenessReview', '2026-03-03 19:00:00+00', 60000, 6, 1)
            """);

        var applied = await database.Runner().ApplyAsync(CancellationToken.None);

        Assert.Equal(["0021_case_wakeups"], applied);
        // A reminder whose start passed (its tick failed, or the silos were down) is due at once for the sweep.
        Assert.Equal(
            "case-aaa CompletenessReview 2026-03-03 19:00:00; case-aaa ExamNotice 2026-03-09 19:00:00.000001; case-bbb AppealWindow 2026-01-10 18:59:59",
            await database.ScalarAsync<string>("""
                select string_agg(case_id || ' ' || kind || ' ' || (wake_at at time zone 'UTC')::text, '; ' order by case_id, kind)
                  from case_wakeups
                """));
        Assert.Equal(
            "examsession/sitting-1 theory-clock; probe/p-1 deadline-CompletenessReview",
            await database.ScalarAsync<string>("select string_agg(grain_id || ' ' || reminder_name, '; ' order by grain_id) from orleans_reminder"));
    }
}
