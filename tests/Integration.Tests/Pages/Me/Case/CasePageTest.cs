using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Me.Case;

/// <summary>What the case page's tests share: a signed-in page on a case, a form posted by its button, axe on a scriptless page.</summary>
public abstract class CasePageTest(CasePageFixture platform) : BrowserTest
{
    protected CasePageFixture Platform { get; } = platform;

    protected Uri Site => Platform.Site;

    /// <summary>A page signed in as candidate.1 in <paramref name="language"/> on the case (with or without script).</summary>
    protected async Task<IPage> PageAsync(string language, string caseId, bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Site, "candidate.1", "/");
        await page.ChooseLanguageAsync(language);
        var response = await page.GotoAsync(new Uri(Site, $"/me/cases/{caseId}").ToString());
        Assert.Equal(200, response!.Status);
        return page;
    }

    /// <summary>Posts a form by its button and answers the page's response (the status the action earned).</summary>
    protected static async Task<IResponse> SubmitAsync(IPage page, ILocator button)
    {
        var response = await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.Method == "POST");
        await page.WaitForLoadStateAsync();
        return response;
    }

    /// <summary>axe-core on what a scriptless page shows (see <see cref="SitePages.AssertAccessibleWithoutScriptAsync"/>).</summary>
    protected Task AccessibleAsync(IPage scriptless, IResponse? posted = null) => Chromium.AssertAccessibleWithoutScriptAsync(scriptless, posted);
}
