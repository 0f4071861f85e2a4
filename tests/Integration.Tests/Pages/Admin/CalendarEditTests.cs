using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Admin;

/// <summary>
/// Issue 15, the working calendar edited a day at a time (SPEC §3), without script: a year not loaded (2029) gets a
/// state holiday on Thursday 8 March, which the month table then names; the button beside it takes it away again.
/// </summary>
[Collection(AdminCollection.Name)]
public sealed class CalendarEditTests(AdminFixture platform) : AdminPageTest(platform)
{
    [Fact]
    public async Task AnAdministratorMarksAndUnmarksADayOffWithoutScript()
    {
        var page = await PageAsync("administrator", "ru", "/admin/calendar/2029", javaScript: false);
        await page.GetByLabel("Дата праздника").FillAsync("2029-03-08");
        await page.GetByLabel("Название на казахском языке").FillAsync("Халықаралық әйелдер күні");
        await page.GetByLabel("Название на русском языке").FillAsync("Международный женский день");
        await page.GetByLabel("Название на английском языке").FillAsync("International Women's Day");
        var marked = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Отметить праздник" }));
        Assert.Equal(200, marked.Status);
        var march = page.GetByRole(AriaRole.Table, new() { Name = "март 2029" });
        await Expect(march.Locator("td[data-date='2029-03-08']")).ToContainTextAsync("Международный женский день");
        await Expect(march.Locator("td[data-date='2029-03-09']")).Not.ToContainTextAsync("выходной");
        await Chromium.AssertAccessibleWithoutScriptAsync(page, marked);

        var unmarked = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Убрать праздник 8 марта 2029" }));
        Assert.Equal(200, unmarked.Status);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "март 2029" }).Locator("td[data-date='2029-03-08']")).Not.ToContainTextAsync("Международный");
    }
}
