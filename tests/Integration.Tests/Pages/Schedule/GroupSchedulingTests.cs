using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Domain.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Schedule;

/// <summary>
/// Issue 14, group scheduling (/center/{n}/schedule, P6): twenty contracted cases of one program notified at once from
/// the page; a group over the room's capacity refused as a whole; a date outside the P6 window refused case by case
/// with the rule; the form without JavaScript, its errors named at the fields; another center's registrar finds nothing.
/// </summary>
[Collection(ScheduleCollection.Name)]
public sealed class GroupSchedulingTests(ScheduleFixture platform) : SchedulePageTest(platform)
{
    private const string Room101 = "Алматы, пр. Абая, 1, ауд. 101 (мест: 12)";
    private const string Room204 = "Алматы, пр. Абая, 1, ауд. 204 (мест: 30)";

    [Fact]
    public async Task TwentyCasesAreNotifiedAtOnceAfterTheRoomsCapacityAndTheP6WindowRefusedThem()
    {
        var cases = await ScheduleSetup.ContractedAsync(World, "welder-nrk3", 3, "Топтасов", 20);
        var page = await PageAsync("registrar.0001", "ru", "/center/0001/schedule?program=welder-nrk3");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Назначение экзаменов");
        await page.AssertAccessibleAsync();

        // Nothing chosen: the errors named at the fields (axe runs here, with script; the no-script test checks the same without it).
        Assert.Equal(400, (await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Направить уведомления об экзамене" }))).Status);
        await Expect(page.Locator("#date-error")).ToHaveTextAsync("Укажите дату экзамена.");
        await page.AssertAccessibleAsync();

        // 25 March 2027 is the 9th working day after the notice day (5 March): outside P6, refused for each case.
        await ChooseAsync(page, cases, "2027-03-25", "10:00", Room204);
        var outside = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Направить уведомления об экзамене" }));
        Assert.Equal(409, outside.Status);
        await Expect(page.Locator("#notice-results")).ToContainTextAsync("Уведомлений направлено: 0; отказано: 20.");
        var results = page.GetByRole(AriaRole.Table, new() { Name = "Результат по каждому делу" });
        await Expect(results.Locator("tbody tr")).ToHaveCountAsync(20);
        foreach (var row in await results.Locator("tbody tr").AllAsync())
        {
            await Expect(row).ToContainTextAsync(new Regex(@"Отказано:.*6"));
        }

        await page.AssertAccessibleAsync();

        // Twenty in a room of twelve: refused as a whole, nothing sent.
        await ChooseAsync(page, cases, "2027-03-26", "10:00", Room101);
        var over = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Направить уведомления об экзамене" }));
        Assert.Equal(409, over.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("мест — 12; на это время уже уведомлено 0, выбрано 20");
        Assert.Equal(ApplicationState.ContractConcluded, (await ScheduleSetup.CaseAsync(World, cases[0].CaseId)).State);
        await page.AssertAccessibleAsync();

        await ChooseAsync(page, cases, "2027-03-26", "10:00", Room204);
        var sent = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Направить уведомления об экзамене" }));
        // Every notice sent: redirect after post (303) to the schedule, which says so; one audit entry for the group.
        Assert.Equal(303, sent.Status);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/center/0001/schedule(\?.*)?[?&]done=Notices$"));
        await Expect(page.Locator("#notice-results")).ToContainTextAsync("Уведомления об экзамене направлены всем выбранным кандидатам (п. 6)");
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where details->>'action' = 'case.exam-notice.group' and details->>'cases' like $1", $"%{cases[0].CaseId}%"));
        foreach (var (caseId, _) in cases)
        {
            var view = await ScheduleSetup.CaseAsync(World, caseId);
            Assert.Equal(ApplicationState.ExamScheduled, view.State);
            Assert.Equal((Almaty(2027, 3, 26, 10), "Алматы, пр. Абая, 1, ауд. 204", false), (view.Exam!.StartsAt, view.Exam.Place, view.Exam.Online));
        }

        await Expect(page.GetByLabel(cases[0].Name, new() { Exact = true })).ToHaveCountAsync(0); // no longer waiting
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("schedule-group-ru");
    }

    [Fact]
    public async Task WithoutScriptTheFormNamesItsErrorsAtTheFieldsAndThenSendsTheNotices()
    {
        var cases = await ScheduleSetup.ContractedAsync(World, "welder-nrk3", 3, "Қолжазбаев", 2);
        var page = await PageAsync("registrar.0001", "ru", "/center/0001/schedule?program=welder-nrk3", javaScript: false);

        var empty = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Направить уведомления об экзамене" }));
        Assert.Equal(400, empty.Status);
        var summary = page.Locator("#notice-errors");
        await Expect(summary).ToHaveAttributeAsync("role", "alert");
        await Expect(summary).ToContainTextAsync("Выберите хотя бы одно дело");
        await Expect(page.GetByLabel("Дата экзамена")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#date-error")).ToHaveTextAsync("Укажите дату экзамена.");
        await Expect(page.GetByLabel("Место")).ToHaveAttributeAsync("aria-invalid", "true");

        await ChooseAsync(page, cases, "2027-03-30", "09:00", Room101);
        Assert.Equal(303, (await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Направить уведомления об экзамене" }))).Status);
        await Expect(page.Locator("#notice-results")).ToContainTextAsync("Уведомления об экзамене направлены всем выбранным кандидатам");
        Assert.Equal(Almaty(2027, 3, 30, 9), (await ScheduleSetup.CaseAsync(World, cases[1].CaseId)).Exam!.StartsAt);
    }

    [Fact]
    public async Task AnotherCentersRegistrarFindsNeitherTheScheduleNorTheDay()
    {
        var page = await PageAsync("registrar.0002", "kk", "/");
        Assert.Equal(404, (await page.GotoAsync(new Uri(Site, "/center/0001/schedule").ToString()))!.Status);
        await page.AssertAccessibleAsync();
        Assert.Equal(404, (await page.GotoAsync(new Uri(Site, "/center/0001/day?date=2027-03-26").ToString()))!.Status);
        await page.AssertAccessibleAsync();
    }

    private static async Task ChooseAsync(IPage page, IEnumerable<(string CaseId, string Name)> cases, string date, string time, string room)
    {
        foreach (var (_, name) in cases)
        {
            await page.GetByLabel(name, new() { Exact = true }).CheckAsync();
        }

        await page.GetByLabel("Дата экзамена").FillAsync(date);
        await page.GetByLabel("Время начала (Алматы)").FillAsync(time);
        await page.GetByLabel("Место").SelectOptionAsync(new SelectOptionValue { Label = room });
    }
}
