using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages;

[Collection(PlatformCollection.Name)]
public sealed class HomePageTests(PlatformFixture platform) : BrowserTest
{

    [Fact]
    public async Task TheHomePageComputesAWorkingDayDeadlineAcrossNauryz()
    {
        var page = await Chromium.NewPageAsync();
        await page.GotoAsync(platform.Frontend.Address.ToString());

        await page.GetByLabel("Day of the event").FillAsync("2025-03-20");
        await page.GetByLabel("Working days").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compute" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Due: 2025-03-28");
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
}
