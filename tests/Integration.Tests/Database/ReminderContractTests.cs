using static Platform.Integration.Tests.Database.QueryParameter;

namespace Platform.Integration.Tests.Database;

/// <summary>The reminder SQL of migration 0004, driven as Orleans.Reminders.AdoNet drives it.</summary>
public sealed class ReminderContractTests
{
    private const string Service = "exam-service";
    private static readonly DateTime Due = new(2026, 6, 1, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task AnUpsertBumpsTheVersionAndADeleteNeedsTheCurrentOne()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();

        var first = await UpsertAsync(queries, "examsession/a", "deadline", hash: 10, period: TimeSpan.FromMinutes(1));
        var second = await UpsertAsync(queries, "examsession/a", "deadline", hash: 10, period: TimeSpan.FromDays(30));
        Assert.NotEqual(first, second);

        var row = Assert.Single(await queries.RowsAsync("ReadReminderRowKey", Reminder("examsession/a", "deadline")));
        Assert.Equal(("examsession/a", "deadline", Due), ((string)row["GrainId"]!, (string)row["ReminderName"]!, (DateTime)row["StartTime"]!));
        Assert.Equal(TimeSpan.FromDays(30).TotalMilliseconds, (long)row["Period"]!);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)row["StartTime"]!).Kind);
        Assert.Equal(second, Convert.ToInt32(row["Version"]));

        Assert.False(await queries.BooleanAsync("DeleteReminderRowKey", [.. Reminder("examsession/a", "deadline"), Int("Version", first)]));
        Assert.True(await queries.BooleanAsync("DeleteReminderRowKey", [.. Reminder("examsession/a", "deadline"), Int("Version", second)]));
        Assert.Empty(await queries.RowsAsync("ReadReminderRowKey", Reminder("examsession/a", "deadline")));
    }

    [Fact]
    public async Task AGrainsRemindersAreReadTogetherAndClearedPerService()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        await UpsertAsync(queries, "examsession/a", "deadline", hash: 1);
        await UpsertAsync(queries, "examsession/a", "appeal-window", hash: 1);
        await UpsertAsync(queries, "examsession/b", "deadline", hash: 2);

        var rows = await queries.RowsAsync("ReadReminderRowsKey", Text("ServiceId", Service), Ansi("GrainId", "examsession/a"));
        Assert.Equal(["appeal-window", "deadline"], rows.Select(r => (string)r["ReminderName"]!).Order());

        await queries.ExecuteAsync("DeleteReminderRowsKey", Text("ServiceId", Service));
        Assert.Equal(0L, await database.ScalarAsync<long>("select count(*) from orleans_reminder"));
    }

    [Theory]
    [InlineData(0u, 100u, new[] { "g50", "g100" })]
    [InlineData(0x7FFF_FFF0u, 0x8000_0010u, new[] { "gMaxInt", "gMinInt" })]
    [InlineData(0xFFFF_FF00u, 60u, new[] { "gTop", "g50" })]
    [InlineData(100u, 100u, new[] { "g50", "g100", "g200", "gMaxInt", "gMinInt", "gTop" })]
    public async Task ARingRangeReadsTheRemindersWhoseHashIsInside(uint begin, uint end, string[] expected)
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        foreach (var (grain, hash) in new[] { ("g50", 50u), ("g100", 100u), ("g200", 200u), ("gMaxInt", 0x7FFF_FFFFu), ("gMinInt", 0x8000_0000u), ("gTop", 0xFFFF_FFF0u) })
        {
            await UpsertAsync(queries, grain, "r", hash);
        }

        // The provider's own choice: ReadRangeRows1Key when the range does not wrap in signed order.
        var key = (int)begin < (int)end ? "ReadRangeRows1Key" : "ReadRangeRows2Key";
        var rows = await queries.RowsAsync(key, Text("ServiceId", Service), Int("BeginHash", (int)begin), Int("EndHash", (int)end));

        Assert.Equal(expected.Order(), rows.Select(r => (string)r["GrainId"]!).Order());
    }

    private static QueryParameter[] Reminder(string grainId, string name) =>
        [Text("ServiceId", Service), Ansi("GrainId", grainId), Text("ReminderName", name)];

    private static async Task<int> UpsertAsync(ProviderQueries queries, string grainId, string name, uint hash, TimeSpan? period = null)
    {
        var milliseconds = (period ?? TimeSpan.FromMinutes(1)).TotalMilliseconds;
        // Orleans binds the period as int4 while it fits, int8 beyond.
        var periodParameter = milliseconds <= int.MaxValue ? Int("Period", (int)milliseconds) : Long("Period", (long)milliseconds);
        var row = Assert.Single(await queries.RowsAsync("UpsertReminderRowKey",
            [.. Reminder(grainId, name), Time("StartTime", Due), periodParameter, Int("GrainHash", (int)hash)]));
        return Convert.ToInt32(row["Version"]);
    }
}
