using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages;

[Collection(PlatformCollection.Name)]
public sealed class HomePageTests(PlatformFixture platform) : BrowserTest
{
    [Fact]
    public async Task TheHomePageComputesAWorkingDayDeadlineAcrossNauryzWithoutScript()
    {
        // SPEC §3: 20 March 2025 + 3 working days skips Nauryz (21–25 March) and the weekend: 28 March.
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(platform.Frontend.Address.ToString());

        await page.GetByLabel("Day of the event").FillAsync("2025-03-20");
        await page.GetByLabel("Working days").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compute" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Due: 28 March 2025 (2025-03-28)");
    }

    [Fact]
    public async Task TheHomePageShowsTheProblemWhenAYearIsNotLoaded()
    {
        var page = await Chromium.NewPageAsync();
        await page.GotoAsync(platform.Frontend.Address.ToString());

        await page.GetByLabel("Day of the event").FillAsync("2041-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compute" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2041 is not loaded");
    }

    [Fact]
    public async Task TheCalculatorSpeaksTheChosenLanguage()
    {
        var page = await Chromium.NewPageAsync();
        await page.GotoAsync(platform.Frontend.Address.ToString());
        await page.ChooseLanguageAsync("ru");

        await page.GetByLabel("День события").FillAsync("2025-03-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Рассчитать" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Срок: 28 марта 2025");
    }
}
