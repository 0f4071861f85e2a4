using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Platform.Grains.Live;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Pages.Center;
using Xunit.Abstractions;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// Issue 16, "Day after day": what a center live grain reads when it activates on a database holding an earlier day's
/// 10,000 sittings left open, beside 200 sittings of today. Center 0003 has the stale rows on 16 Mar (tracked within
/// the last 24 hours, which the code before migration 0017 read back); center 0004 has all 10,200 as today's open rows,
/// which is what the old 24-hour query gave the grain. Timed: the directory's query (old and new SQL, median of 20), and
/// the activation until every sitting it reads has been activated, with the silo's sitting activations and working set.
/// Skipped unless <c>PLATFORM_BENCHMARK=1</c>; the figures go to <c>docs/benchmarks.md</c>.
/// </summary>
public sealed class LiveDayBenchmark(ITestOutputHelper output)
{
    private const int Stale = 10_000;
    private const int Today = 200;

    private static readonly DateOnly Day = new(2026, 3, 17);

    private const string OldQuery = "select sitting_id, case_id, candidate_key, tracked_at from live_sittings where center_number = $1 and tracked_at >= $2";

    private const string NewQuery = "select sitting_id, case_id, candidate_key, tracked_at, exam_day from live_sittings where center_number = $1 and exam_day = $2 and closed_at is null";

    [BenchmarkFact]
    public async Task ALiveGrainActivatingBesideAnEarlierDaysTenThousandOpenSittingsReadsOnlyTodays()
    {
        await using var world = await World.Create(Almaty(2026, 3, 17, 9)).StartAsync();
        await using var data = NpgsqlDataSource.Create(world.Database);
        await FillAsync(data, "0003", staleDay: Day.AddDays(-1));
        await FillAsync(data, "0004", staleDay: Day);
        await using (var analyze = data.CreateCommand("analyze live_sittings"))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        var since = Almaty(2026, 3, 17, 9).AddHours(-24);
        output.WriteLine($"old query, center 0003: {await TimeQueryAsync(data, OldQuery, "0003", since)}");
        output.WriteLine($"new query, center 0003: {await TimeQueryAsync(data, NewQuery, "0003", Day)}");
        output.WriteLine($"old plan: {await PlanAsync(data, OldQuery, "0003", since)}");
        output.WriteLine($"new plan: {await PlanAsync(data, NewQuery, "0003", Day)}");

        var management = world.Grains.GetGrain<IManagementGrain>(0);
        foreach (var (center, expected) in new[] { ("0003", Today), ("0004", Stale + Today) })
        {
            var before = await SittingActivationsAsync(management);
            GC.Collect();
            var memory = Process.GetCurrentProcess().WorkingSet64;
            var clock = Stopwatch.StartNew();
            await world.Grains.GetGrain<ICenterLiveGrain>(LiveKeys.Center(center)).GetPicture();
            var answered = clock.Elapsed;
            int activated;
            while ((activated = await SittingActivationsAsync(management) - before) < expected && clock.Elapsed < TimeSpan.FromMinutes(10))
            {
                await Task.Delay(100);
            }

            var read = clock.Elapsed;
            var grown = (Process.GetCurrentProcess().WorkingSet64 - memory) / 1024.0 / 1024.0;
            output.WriteLine($"center {center}: first answer {answered.TotalMilliseconds:F0} ms; {activated} sittings activated in {read.TotalSeconds:F1} s; working set +{grown:F0} MiB");
            Assert.Equal(expected, activated);
        }
    }

    private static async Task FillAsync(NpgsqlDataSource data, string center, DateOnly staleDay)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "copy live_sittings (center_number, sitting_id, case_id, candidate_key, tracked_at, exam_day) from stdin (format binary)");
        for (var i = 0; i < Stale + Today; i++)
        {
            var today = i >= Stale;
            await copy.StartRowAsync();
            await copy.WriteAsync(center, NpgsqlDbType.Char);
            await copy.WriteAsync($"sitting-bench{center}-{i:D6}", NpgsqlDbType.Text);
            await copy.WriteAsync($"case-bench{center}-{i:D6}", NpgsqlDbType.Text);
            await copy.WriteAsync($"cand-bench-{i:D6}", NpgsqlDbType.Text);
            await copy.WriteAsync((today ? Almaty(2026, 3, 17, 8) : Almaty(2026, 3, 16, 12)).ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(today ? Day : staleDay, NpgsqlDbType.Date);
        }

        await copy.CompleteAsync();
    }

    private static async Task<string> TimeQueryAsync(NpgsqlDataSource data, string sql, string center, object bound)
    {
        var times = new List<double>();
        var rows = 0;
        for (var run = 0; run < 25; run++)
        {
            await using var command = Command(data, sql, center, bound);
            var clock = Stopwatch.StartNew();
            rows = 0;
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    rows++;
                }
            }

            if (run >= 5)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return $"{rows} rows, median {times[times.Count / 2]:F2} ms, max {times[^1]:F2} ms";
    }

    private static async Task<string> PlanAsync(NpgsqlDataSource data, string sql, string center, object bound)
    {
        await using var command = Command(data, "explain (analyze, costs off, timing off, summary off) " + sql, center, bound);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0).Trim());
        }

        return string.Join(" | ", lines);
    }

    private static NpgsqlCommand Command(NpgsqlDataSource data, string sql, string center, object bound)
    {
        var command = data.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = center, NpgsqlDbType = NpgsqlDbType.Char });
        command.Parameters.Add(bound is DateOnly day
            ? new NpgsqlParameter { Value = day, NpgsqlDbType = NpgsqlDbType.Date }
            : new NpgsqlParameter { Value = ((DateTimeOffset)bound).ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        return command;
    }

    private static async Task<int> SittingActivationsAsync(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics()).Where(s => s.GrainType.Contains("ExamSessionGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);
}
