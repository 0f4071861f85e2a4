using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Operator;

/// <summary>
/// <c>/operator/statistics</c> (issue 15): an application counted in its center, program and month (P4), in the table
/// the charts are drawn from, and in the CSV export.
/// </summary>
[Collection(OperatorPagesCollection.Name)]
public sealed class StatisticsPageTests(OperatorPagesFixture platform) : OperatorPageTest
{
    [Fact]
    public async Task AnApplicationIsCountedByCenterProgramAndMonthInTheTableTheChartsAndTheCsv()
    {
        var world = platform.World;
        var before = await ApplicationsAsync(world);
        var (caseId, iin) = await ApplyAsync(world, "Статистикалық");
        var month = (await world.Grains.GetGrain<Platform.Grains.Procedure.IApplicationGrain>(caseId).Get())!.Deadlines.Single(d => d.Kind == Platform.Domain.Deadlines.DeadlineKind.CompletenessReview).StartDay.ToString("yyyy-MM");

        var page = await PageAsync(world, "operator", "ru", "/operator/statistics?center=0001&program=accountant-nrk5");
        await Expect(page.Locator("#by-month")).ToHaveAttributeAsync("data-charted", "true");
        var row = page.Locator("#by-center tbody tr", new() { HasText = month });
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync((before + 1).ToString()); // center, program, then the month (a header), applications
        await AssertNamesNobodyAsync(page, iin, "Статистикалық");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-statistics-ru");

        var csv = await page.APIRequest.GetAsync(new Uri(world.Frontend.Address, "/operator/statistics.csv?center=0001").ToString());
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"]);
        var lines = (await csv.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("center,program,month,applications,", lines[0]);
        Assert.Contains(lines, line => line.StartsWith($"0001,accountant-nrk5,{month},{before + 1},", StringComparison.Ordinal));

        await page.ChooseLanguageAsync("kk");
        await Expect(page.Locator("#by-month")).ToHaveAttributeAsync("data-charted", "true");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-statistics-kk");
    }

    /// <summary>
    /// P23's three outcomes counted apart, in the month the appeal was filed, in the table the appeal chart is drawn from
    /// and in the CSV: four appeals of a program's cases as the projection holds them — one upheld, one rejected, one
    /// decided as technical discrepancies (a resit), one still before the commission.
    /// </summary>
    [Fact]
    public async Task AppealsAreCountedByTheirThreeOutcomesInTheTableTheChartAndTheCsv()
    {
        var world = platform.World;
        const string program = "outcomes-count-nrk5";
        foreach (var (n, outcome) in new[] { (1, "upheld"), (2, "rejected"), (3, "technicalDiscrepancy"), (4, (string?)null) })
        {
            var met = outcome is null ? "null" : "\"2026-02-16T10:00:00+05:00\"";
            await world.ExecuteAsync($$"""
                insert into case_projection (case_id, center_number, candidate_key, program_code, state, attempt, version, deadlines, updated_at, channel, appeal_outcome)
                values ('case-outcomes-{{n}}', '0001', 'outcomes-{{n}}', '{{program}}', 'appealUnderReview', 1, 1,
                        '[{"kind": "appealDecision", "owner": "center", "rule": "P22", "startDay": "2026-02-09", "status": "met", "metAt": {{met}}}]',
                        now(), 'online', {{(outcome is null ? "null" : $"'{outcome}'")}})
                """);
        }

        var page = await PageAsync(world, "operator", "en", $"/operator/statistics?center=0001&program={program}");
        await Expect(page.Locator("#by-month")).ToHaveAttributeAsync("data-charted", "true");
        var table = page.Locator("#by-month");
        foreach (var (column, expected) in new[] { ("Appeals (P20)", "4"), ("Appeals upheld (P23)", "1"), ("Appeals rejected (P23)", "1"), ("Technical discrepancies: sat again (P23)", "1") })
        {
            var index = await table.Locator("thead th").EvaluateAllAsync<int>($"(cells, name) => cells.findIndex(c => c.textContent.trim() === name)", column);
            Assert.True(index > 0, column);
            await Expect(table.Locator("tbody tr", new() { HasText = "2026-02" }).Locator("th, td").Nth(index)).ToHaveTextAsync(expected);
        }

        await page.AssertAccessibleAsync();
        await page.ChooseLanguageAsync("ru");
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Технические несоответствия: повторная сдача (п. 23)" }).First).ToBeVisibleAsync();
        await page.ChooseLanguageAsync("kk");
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Апелляциялар қабылданбады (23-т.)" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#by-month")).ToHaveAttributeAsync("data-charted", "true");
        await page.AssertAccessibleAsync();

        var csv = await page.APIRequest.GetAsync(new Uri(world.Frontend.Address, $"/operator/statistics.csv?program={program}").ToString());
        var lines = (await csv.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.EndsWith(",appeals,appeals_decided,appeals_upheld,appeals_rejected,appeals_technical_discrepancy", lines[0]);
        Assert.Contains($"0001,{program},2026-02,0,0,0,0,0,,0,0,,4,3,1,1,1", lines);
    }

    /// <summary>The applications of center 0001 for accountant-nrk5 so far in the shared platform (other tests apply too).</summary>
    private static Task<int> ApplicationsAsync(World world) => world.ScalarAsync<int>("""
        select count(*)::int from case_projection p, jsonb_array_elements(p.deadlines) d
        where p.center_number = '0001' and p.program_code = 'accountant-nrk5' and d->>'kind' = 'completenessReview'
          and to_char((d->>'startDay')::date, 'YYYY-MM') = '2026-03'
        """);
}
