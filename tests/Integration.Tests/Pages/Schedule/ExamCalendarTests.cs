using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Schedule;

/// <summary>
/// Issue 14, the scheduling calendar (P6): for a notice sent on Friday 5 March 2027 the exam may fall from the 10th to
/// the 20th working day after it — 26 March to 9 April 2027, counted over International Women's Day (8 March),
/// Constitution Day (15 March) and Nauryz (22-23 March, and 24 March for the 21st, a Sunday) — shown as words in an
/// accessible table, usable by keyboard alone.
/// </summary>
[Collection(ScheduleCollection.Name)]
public sealed class ExamCalendarTests(ScheduleFixture platform) : SchedulePageTest(platform)
{
    [Fact]
    public async Task TheCalendarMarksTheAllowedDatesAndTheDaysOffAroundNauryz()
    {
        var page = await PageAsync("registrar.0001", "kk", "/center/0001/schedule");
        var calendar = page.GetByRole(AriaRole.Region, new() { Name = "Қағидалар рұқсат ететін күндер" });
        await Expect(calendar).ToContainTextAsync("Бүгін, 5 наурыз 2027, жіберілген хабарлама үшін емтихан 26 наурыз 2027 бастап 9 сәуір 2027 дейін");
        var month = calendar.GetByRole(AriaRole.Table);
        await Expect(month.Locator("caption")).ToContainTextAsync("2027");

        foreach (var day in new[] { "2027-03-08", "2027-03-15", "2027-03-22", "2027-03-23", "2027-03-24" })
        {
            await Expect(Day(month, day)).Not.ToContainTextAsync("рұқсат");
            await Expect(Day(month, day).GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        }

        await Expect(Day(month, "2027-03-22")).ToContainTextAsync("Наурыз мейрамы");
        await Expect(Day(month, "2027-03-24")).ToContainTextAsync("Наурыз мейрамы"); // the 21st, a Sunday, moved here
        await Expect(Day(month, "2027-03-15")).ToContainTextAsync("Конституциясы күні");
        await Expect(Day(month, "2027-03-27")).ToContainTextAsync("демалыс");
        await Expect(Day(month, "2027-03-25")).Not.ToContainTextAsync("рұқсат"); // the 9th working day: too early
        await Expect(Day(month, "2027-03-26").GetByRole(AriaRole.Link)).ToContainTextAsync("рұқсат");
        await Expect(Day(month, "2027-03-31").GetByRole(AriaRole.Link)).ToContainTextAsync("рұқсат");
        await Expect(Day(month, "2027-03-05")).ToContainTextAsync("хабарлама күні");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("schedule-calendar-kk");

        // By keyboard: the next month, then the last allowed day into the notice form.
        await calendar.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Келесі ай") }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("month=2027-04"));
        month = page.GetByRole(AriaRole.Region, new() { Name = "Қағидалар рұқсат ететін күндер" }).GetByRole(AriaRole.Table);
        await Expect(Day(month, "2027-04-09").GetByRole(AriaRole.Link)).ToContainTextAsync("рұқсат");
        await Expect(Day(month, "2027-04-12")).Not.ToContainTextAsync("рұқсат"); // the 21st working day
        await page.AssertAccessibleAsync();

        await Day(month, "2027-04-09").GetByRole(AriaRole.Link).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("date=2027-04-09"));
        if (await page.GetByLabel("Емтихан күні").CountAsync() > 0)
        {
            await Expect(page.GetByLabel("Емтихан күні")).ToHaveValueAsync("2027-04-09");
        }

        await Expect(Day(page.Locator("table.month"), "2027-04-09").GetByRole(AriaRole.Link)).ToHaveAttributeAsync("aria-current", "date");
        await page.AssertAccessibleAsync();
    }

    private static ILocator Day(ILocator month, string date) => month.Locator($"td[data-date='{date}']");
}
