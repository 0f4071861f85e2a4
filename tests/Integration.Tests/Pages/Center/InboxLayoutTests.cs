using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Center;

/// <summary>
/// The inbox's table fits the screens the registrar uses (issue 14): no sideways scroll at 1280 px (the case column shows
/// a short number, the obligation wraps) and a page of cards on a 390 px phone, the whole case id kept in the link.
/// </summary>
[Collection(CenterPagesCollection.Name)]
public sealed class InboxLayoutTests(CenterPagesFixture platform) : CenterPageTest(platform)
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task TheInboxFitsA1280PixelScreenAndAPhoneWithoutScrollingSideways(string language)
    {
        var (caseId, _, _) = await ApplyOnlineAsync("Қасымжомартқызы-Нұрмағанбетова");
        var number = caseId["case-".Length..][..8];
        var page = await PageAsync("registrar.0001", language, "/center/0001");
        await Expect(page.Locator("table.inbox tbody tr").First).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await page.AssertAccessibleAsync();

        // The short number is what the row shows and what the search takes; the link and its name keep the whole id.
        await page.GotoAsync(new Uri(Site, $"/center/0001?case={number}").ToString());
        var link = InboxRow(page, caseId).GetByRole(AriaRole.Link, new() { Name = caseId });
        await Expect(link).ToHaveTextAsync(number);
        await Expect(link).ToHaveAttributeAsync("href", $"/center/0001/cases/{caseId}");
        await Expect(page.Locator("table.inbox tbody tr")).ToHaveCountAsync(1);

        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(new Uri(Site, "/center/0001").ToString());
        await AssertFitsAsync(page);
        // A card per case: each line labelled with its column's name (shown before the cell's text).
        var label = await page.Locator("table.inbox tbody tr td.obligation").First
            .EvaluateAsync<string>("td => getComputedStyle(td).display + ' ' + getComputedStyle(td, '::before').content");
        Assert.Equal($"flex \"{Frontend.Site.SiteText.In(language, "Center.Column.Obligation")}\"", label);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"center-inbox-phone-{language}");
    }

    /// <summary>Neither the table's container nor the page is wider than what the screen shows.</summary>
    private static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("""
            () => { const box = document.querySelector('.table-scroll'); const root = document.documentElement;
                    return [box.scrollWidth, box.clientWidth, root.scrollWidth, root.clientWidth]; }
            """);
        Assert.True(widths[0] <= widths[1], $"the table is {widths[0]} px wide in a container of {widths[1]} px");
        Assert.True(widths[2] <= widths[3], $"the page is {widths[2]} px wide on a screen of {widths[3]} px");
    }
}
