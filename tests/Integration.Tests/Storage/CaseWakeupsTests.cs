using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Database;
using Platform.Silo.Procedure;

namespace Platform.Integration.Tests.Storage;

/// <summary>
/// Issue 16: the cases' deadline wake-ups (table <c>case_wakeups</c>, migration 0021) on a real PostgreSQL: many cases'
/// writes share one transaction, each caller's write is durable when its task completes, and the sweep's reads.
/// </summary>
public sealed class CaseWakeupsTests
{
    private static readonly DateTimeOffset Instant = new(2026, 3, 4, 19, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TwoHundredCasesArmingTheirDeadlinesAtOnceShareOneTransaction()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var store = new CaseWakeups(database.DataSource, NullLogger<CaseWakeups>.Instance);

        // Queued before the writer starts, as a mass end queues them while a batch is written: one batch takes them all.
        var armed = Enumerable.Range(0, 200).Select(i => store.SetAsync(Case(i), "Protocol", Instant.AddMinutes(i))).ToArray();
        Assert.All(armed, write => Assert.False(write.IsCompleted));
        await store.StartAsync(CancellationToken.None);
        try
        {
            await Task.WhenAll(armed);
        }
        finally
        {
            await store.StopAsync(CancellationToken.None);
        }

        Assert.Equal(200L, await database.ScalarAsync<long>("select count(*) from case_wakeups"));
        Assert.Equal(1L, await database.ScalarAsync<long>("select count(distinct xmin::text) from case_wakeups"));
        Assert.Equal(Instant.AddMinutes(7), await WakeAtAsync(database, Case(7), "Protocol"));
    }

    [Fact]
    public async Task TheLastWriteOfARowInABatchWinsAndARemovalTakesOnlyItsOwnRow()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using var store = await StartedAsync(database);
        await Task.WhenAll(
            store.SetAsync(Case(1), "CompletenessReview", Instant),
            store.SetAsync(Case(1), "ExamNotice", Instant.AddDays(1)),
            store.SetAsync(Case(2), "CompletenessReview", Instant));

        await Task.WhenAll(
            store.SetAsync(Case(1), "ExamNotice", Instant.AddDays(2)),
            store.SetAsync(Case(1), "ExamNotice", Instant.AddDays(3)),
            store.SetAsync(Case(1), "CompletenessReview", null),
            store.SetAsync(Case(3), "Protocol", Instant),
            store.SetAsync(Case(3), "Protocol", null));

        Assert.Equal(["ExamNotice"], await store.Store.KindsAsync(Case(1)));
        Assert.Equal(Instant.AddDays(3), await WakeAtAsync(database, Case(1), "ExamNotice"));
        Assert.Equal(["CompletenessReview"], await store.Store.KindsAsync(Case(2)));
        Assert.Empty(await store.Store.KindsAsync(Case(3)));
    }

    [Fact]
    public async Task TheSweepReadsTheDueRowsInKeyOrderPageByPage()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using var store = await StartedAsync(database);
        await Task.WhenAll(
            store.SetAsync(Case(2), "ExamNotice", Instant),
            store.SetAsync(Case(1), "Protocol", Instant.AddSeconds(-1)),
            store.SetAsync(Case(1), "AppealWindow", Instant),
            store.SetAsync(Case(3), "Protocol", Instant.AddTicks(1)));

        var first = await store.Store.DueAsync(Instant, after: null, limit: 2);
        var second = await store.Store.DueAsync(Instant, first[^1], limit: 2);

        Assert.Equal([new CaseWakeup(Case(1), "AppealWindow"), new CaseWakeup(Case(1), "Protocol")], first);
        Assert.Equal([new CaseWakeup(Case(2), "ExamNotice")], second);
    }

    [Fact]
    public async Task AnInstantIsKeptOnTheMicrosecondAtOrAfterIt()
    {
        // A deadline passes one tick after its end (DeadlineReminders.NextInstant): PostgreSQL keeps microseconds, and a
        // row rounded down would be swept at the end itself, when the case sees nothing due yet.
        await using var database = await MigratedDatabase.CreateAsync();
        await using var store = await StartedAsync(database);
        await store.SetAsync(Case(1), "RemarksFixWindow", Instant.AddTicks(1));

        Assert.Equal(Instant.AddMicroseconds(1), await WakeAtAsync(database, Case(1), "RemarksFixWindow"));
        Assert.Empty(await store.Store.DueAsync(Instant, after: null, limit: 10));
        Assert.Single(await store.Store.DueAsync(Instant.AddMicroseconds(1), after: null, limit: 10));
    }

    private static string Case(int i) => $"case-{i:D4}";

    private static async Task<Started> StartedAsync(MigratedDatabase database)
    {
        var store = new CaseWakeups(database.DataSource, NullLogger<CaseWakeups>.Instance);
        await store.StartAsync(CancellationToken.None);
        return new Started(store);
    }

    private static async Task<DateTimeOffset?> WakeAtAsync(MigratedDatabase database, string caseId, string kind)
    {
        await using var command = database.DataSource.CreateCommand("select wake_at from case_wakeups where case_id = $1 and kind = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = caseId });
        command.Parameters.Add(new NpgsqlParameter { Value = kind });
        return await command.ExecuteScalarAsync() is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }

    /// <summary>A store whose writer runs, stopped at the end of the test.</summary>
    private sealed class Started(CaseWakeups store) : IAsyncDisposable
    {
        public CaseWakeups Store { get; } = store;

        public Task SetAsync(string caseId, string kind, DateTimeOffset? wakeAt) => Store.SetAsync(caseId, kind, wakeAt);

        public async ValueTask DisposeAsync()
        {
            await Store.StopAsync(CancellationToken.None);
            Store.Dispose();
        }
    }
}
