using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Schedule;

/// <summary>
/// The staff desks read the candidates' names of a page in one batch through the inbox's names reader (issue 14), the
/// one that also keeps the surname search's index current: people registered straight into their grains (never through
/// the registration that indexes them) are found by surname once a desk has shown them; the names stay out of the address.
/// </summary>
[Collection(ScheduleCollection.Name)]
public sealed class StaffNamesTests(ScheduleFixture platform) : SchedulePageTest(platform)
{
    [Fact]
    public async Task TheSchedulingPageReadsItsNamesThroughTheBatchThatIndexesSurnames()
    {
        var cases = await ScheduleSetup.ContractedAsync(World, "accountant-nrk5", 5, "Топтамова", 3);
        var ids = cases.Select(c => c.CaseId).ToArray();
        Assert.Equal(0L, await IndexedAsync(ids));

        var page = await PageAsync("registrar.0001", "ru", "/center/0001/schedule?program=accountant-nrk5");
        foreach (var (_, name) in cases)
        {
            await Expect(page.Locator("main")).ToContainTextAsync(name);
        }

        Assert.DoesNotContain("Топтамова", Uri.UnescapeDataString(page.Url), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3L, await IndexedAsync(ids));
    }

    private Task<long> IndexedAsync(string[] caseIds) => World.ScalarAsync<long>(
        "select count(*) from candidate_surname s join case_projection p on p.candidate_key = s.candidate_key where p.case_id = any($1)", new object[] { caseIds });
}
