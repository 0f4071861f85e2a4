using Microsoft.Playwright;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Schedule;

/// <summary>
/// Issue 16 (P9): the exam day's button that opens the theory of every checked-in candidate of a time slot in one
/// command. It counts the slot's checked-in candidates; pressed, each sitting of the slot decides and the page lists
/// each outcome, a refusal with the rule as the API words it. The fixture's clock stands weeks before the exam day, so
/// the case refuses the exam's start (P6) and nothing opens: the refusals are what this page shows (the opening itself
/// is in <c>SlotTheoryApiTests</c>).
/// </summary>
[Collection(ScheduleCollection.Name)]
public sealed class ExamDayTheoryTests(ScheduleFixture platform) : SchedulePageTest(platform)
{
    private const string Online = "Онлайн: үміткердің жеке кабинеті / Онлайн: личный кабинет кандидата";

    [Fact]
    public async Task TheSlotsTheoryButtonAsksEverySittingOfTheSlotAndListsEachOutcome()
    {
        var cases = await ScheduleSetup.ContractedAsync(World, "accountant-nrk5", 5, "Теориялық", 2, "kk");
        var noon = Almaty(2027, 4, 2, 12);
        foreach (var (caseId, _) in cases)
        {
            await ScheduleSetup.ScheduledAsync(World, caseId, noon, Online, online: true);
        }

        var page = await PageAsync("registrar.0001", "kk", "/center/0001/day?date=2027-04-02");
        await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "12:00 онлайн сессияларын ашу (2)" }));
        var ready = World.Grains.GetGrain<IExamSessionGrain>(SittingKeys.For(cases[0].CaseId, 1));
        var examiner = new Actor("commission.0001.a", "commission-member", "0001");
        Assert.True((await ready.CheckIn(new CheckIn(Guid.NewGuid(), true, true, null, examiner))).Accepted);
        await ready.VerifyIdentity(new SittingCommand(Guid.NewGuid(), examiner));
        await ready.CompleteRoomScan(new SittingCommand(Guid.NewGuid(), examiner));

        await page.ReloadAsync();
        var button = page.GetByRole(AriaRole.Button, new() { Name = "12:00 тіркеуден өткендерге теорияны ашу (1)" });
        await Expect(button).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var answer = await SubmitAsync(page, button);

        // Every sitting refused (the exam day has not come): 409 with the page, each case's refusal listed.
        Assert.Equal(409, answer.Status);
        await Expect(page.Locator("#open-results")).ToContainTextAsync("Ашылған теориялар: 0; бас тартылғаны: 2.");
        var rows = page.Locator(".results-table tbody tr.refused");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator(".results-table").GetByRole(AriaRole.Row, new() { Name = cases[0].Name })).ToContainTextAsync("Бас тартылды:");
        Assert.Equal(SittingState.CheckedIn, (await ready.Get())!.State);
        await page.AssertAccessibleAsync();
    }
}
