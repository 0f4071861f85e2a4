using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Frontend.Site.SiteText;

namespace Platform.Integration.Tests.Pages.Center;

/// <summary>
/// A form that cannot be accepted as posted — its antiforgery token expired (the page stayed open past the session) or
/// it names a form the page no longer has — answers 400 with the site's own page in the person's language and a link
/// back to the page, never the framework's plain text; nothing is recorded as a change.
/// </summary>
[Collection(CenterPagesCollection.Name)]
public sealed class StaleFormTests(CenterPagesFixture platform) : CenterPageTest(platform)
{
    [Theory]
    [InlineData("kk", "__RequestVerificationToken", "expired")]
    [InlineData("ru", "__RequestVerificationToken", "expired")]
    [InlineData("ru", "_handler", "gone")]
    public async Task AStaleFormPostShowsTheSitesOwnPageInThePersonsLanguage(string language, string field, string value)
    {
        var page = await PageAsync("registrar.0001", language, "/center/0001?channel=paper");
        await page.GetByLabel(In(language, "Center.Search.Surname")).FillAsync("Ескіқызы");
        var form = page.Locator("form.search-form");
        await form.EvaluateAsync("(f, [name, value]) => f.querySelector(`input[name='${name}']`).value = value", new[] { field, value });
        var response = await page.RunAndWaitForResponseAsync(() => form.EvaluateAsync("f => f.requestSubmit()"), r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync();

        Assert.Equal(400, response.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"]);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(In(language, "Form.Stale.Title"));
        await Expect(page.Locator("main")).ToContainTextAsync(In(language, "Form.Stale.Text"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        var back = page.GetByRole(AriaRole.Link, new() { Name = In(language, "Form.Stale.Back") });
        await Expect(back).ToHaveAttributeAsync("href", "/center/0001?channel=paper");
        await page.AssertAccessibleAsync();

        await back.ClickAsync();
        await Expect(page.Locator("form.search-form")).ToBeVisibleAsync();
    }
}
