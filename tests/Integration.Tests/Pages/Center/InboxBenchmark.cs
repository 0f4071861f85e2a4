using System.Diagnostics;
using System.Net;
using Platform.Integration.Tests.Infrastructure;
using Xunit.Abstractions;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Center;

/// <summary>A benchmark: skipped unless <c>PLATFORM_BENCHMARK=1</c> (it fills a database and times pages, it checks no rule).</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("PLATFORM_BENCHMARK") != "1")
        {
            Skip = "a benchmark: PLATFORM_BENCHMARK=1 ./test.sh --filter FullyQualifiedName~InboxBenchmark";
        }
    }
}

/// <summary>
/// Issue 14: the inbox with 5,000 open cases of one center in the projection — the time to the first byte of
/// <c>/center/0001</c> (page 1) and of a filtered page, median and 95th percentile of 30 requests after 5 to warm up.
/// The figures go to <c>docs/benchmarks.md</c>.
/// </summary>
public sealed class InboxBenchmark(ITestOutputHelper output)
{
    private const int Cases = 5_000;

    [BenchmarkFact]
    public async Task TheInboxOfFiveThousandCasesAnswersQuickly()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        await world.ExecuteAsync($"""
            insert into case_projection (case_id, center_number, candidate_key, program_code, state, attempt, version, deadlines, updated_at, channel)
            select 'case-bench' || lpad(i::text, 6, '0'), '0001', 'cand-bench' || i,
                   case when i % 2 = 0 then 'accountant-nrk5' else 'welder-nrk3' end,
                   (array['registered', 'resubmitted', 'contractConcluded', 'awaitingProtocol', 'notPassed'])[1 + i % 5], 1, 1,
                   jsonb_build_array(jsonb_build_object('kind', 'completenessReview', 'owner', 'center', 'rule', 'P5', 'status', 'open',
                       'dueAt', to_char((timestamptz '2026-03-05 18:59+00' + ((i % 400) || ' hours')::interval) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'atRiskFrom', to_char((timestamptz '2026-03-04 18:59+00' + ((i % 400) || ' hours')::interval) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                       'metAt', null),
                       jsonb_build_object('kind', 'remarksFixWindow', 'owner', 'candidate', 'rule', 'P5', 'status', 'closed',
                       'dueAt', '2026-03-01T18:59:59Z', 'atRiskFrom', '2026-02-28T18:59:59Z', 'metAt', null)),
                   now(), case when i % 3 = 0 then 'paper' else 'online' end
            from generate_series(1, {Cases}) i
            """);
        await world.ExecuteAsync("analyze case_projection");

        var first = await MeasureAsync(world, "/center/0001");
        var filtered = await MeasureAsync(world, "/center/0001?step=contractConcluded&channel=paper&from=2026-03-06&to=2026-03-20&page=2");
        output.WriteLine($"inbox, {Cases} cases, page 1: median {first.Median:F1} ms, p95 {first.P95:F1} ms");
        output.WriteLine($"inbox, {Cases} cases, filtered page 2: median {filtered.Median:F1} ms, p95 {filtered.P95:F1} ms");
        Assert.True(first.Median < 1_000 && filtered.Median < 1_000, "an inbox page takes more than a second");
    }

    private static async Task<(double Median, double P95)> MeasureAsync(World world, string path)
    {
        var times = new List<double>();
        for (var i = 0; i < 35; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new("Bearer", await world.TokenAsync("registrar.0001"));
            var clock = Stopwatch.StartNew();
            using var response = await world.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            var firstByte = clock.Elapsed.TotalMilliseconds;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await response.Content.ReadAsByteArrayAsync();
            if (i >= 5)
            {
                times.Add(firstByte);
            }
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
    }
}
