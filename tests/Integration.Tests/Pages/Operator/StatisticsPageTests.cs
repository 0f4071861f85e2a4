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

    /// <summary>The applications of center 0001 for accountant-nrk5 so far in the shared platform (other tests apply too).</summary>
    private static Task<int> ApplicationsAsync(World world) => world.ScalarAsync<int>("""
        select count(*)::int from case_projection p, jsonb_array_elements(p.deadlines) d
        where p.center_number = '0001' and p.program_code = 'accountant-nrk5' and d->>'kind' = 'completenessReview'
          and to_char((d->>'startDay')::date, 'YYYY-MM') = '2026-03'
        """);
}
