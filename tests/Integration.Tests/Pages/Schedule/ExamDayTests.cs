using Microsoft.Playwright;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Schedule;

/// <summary>
/// Issue 14, the exam day (/center/{n}/day, P6, P8): the day's exams by time and place with the candidates' names, and
/// every online sitting of a time slot opened at once, each outcome shown; the other slot and the room are left alone.
/// </summary>
[Collection(ScheduleCollection.Name)]
public sealed class ExamDayTests(ScheduleFixture platform) : SchedulePageTest(platform)
{
    private const string Online = "Онлайн: үміткердің жеке кабинеті / Онлайн: личный кабинет кандидата";

    [Fact]
    public async Task TheDayListsItsExamsAndOpensEveryOnlineSittingOfASlot()
    {
        var cases = await ScheduleSetup.ContractedAsync(World, "accountant-nrk5", 5, "Күндізбаев", 5, "kk");
        var eleven = Almaty(2027, 4, 1, 11);
        var two = Almaty(2027, 4, 1, 14);
        for (var i = 0; i < 3; i++)
        {
            await ScheduleSetup.ScheduledAsync(World, cases[i].CaseId, eleven, Online, online: true);
        }

        await ScheduleSetup.ScheduledAsync(World, cases[3].CaseId, eleven, "Алматы, пр. Абая, 1, ауд. 101", online: false);
        await ScheduleSetup.ScheduledAsync(World, cases[4].CaseId, two, Online, online: true);

        var page = await PageAsync("registrar.0001", "kk", "/center/0001/day?date=2027-04-01");
        await Expect(page.Locator("h1")).ToHaveTextAsync("1 сәуір 2027 емтихандары");
        foreach (var (_, name) in cases)
        {
            await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true })).ToHaveCountAsync(1);
        }

        var onlineAtEleven = page.GetByRole(AriaRole.Table, new() { Name = "11:00, онлайн: 3" });
        await Expect(onlineAtEleven.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(onlineAtEleven).ToContainTextAsync("ашылмаған");
        Assert.DoesNotContain(cases[0].CaseId, page.Url);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("day-kk");

        var opened = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "11:00 онлайн сессияларын ашу (3)" }));
        // Every sitting of the slot opened: redirect after post (303) to the same day, which says so; one audit entry.
        Assert.Equal(303, opened.Status);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/center/0001/day\?date=\d{4}-\d{2}-\d{2}&done=Opened$"));
        await Expect(page.Locator("#open-results")).ToContainTextAsync("Осы уақыттағы барлық онлайн сессиялар ашылды (8-т.).");
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where details->>'action' = 'sitting.open.slot' and details->>'cases' like $1", $"%{cases[0].CaseId}%"));
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "11:00, онлайн: 3" })).ToContainTextAsync("ашылды");
        for (var i = 0; i < 3; i++)
        {
            Assert.NotNull(await World.Grains.GetGrain<IExamSessionGrain>(SittingKeys.For(cases[i].CaseId, 1)).Get());
        }

        Assert.Null(await World.Grains.GetGrain<IExamSessionGrain>(SittingKeys.For(cases[3].CaseId, 1)).Get()); // offline: the commission's
        Assert.Null(await World.Grains.GetGrain<IExamSessionGrain>(SittingKeys.For(cases[4].CaseId, 1)).Get()); // 14:00: not yet
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "14:00 онлайн сессияларын ашу (1)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^11:00") })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }
}
