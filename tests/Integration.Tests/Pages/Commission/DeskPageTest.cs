using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Pages.Commission;

/// <summary>What the desks' tests share: a page signed in as a demo account in a language, and a form posted by its button.</summary>
public abstract class DeskPageTest(DeskFixture platform) : BrowserTest
{
    protected DeskFixture Platform { get; } = platform;

    protected Uri Site => Platform.Site;

    protected World World => Platform.World;

    protected async Task<IPage> PageAsync(string account, string language, string path, bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Site, account, "/");
        if (javaScript)
        {
            await page.ChooseLanguageAsync(language);
        }
        else
        {
            await page.GotoAsync(new Uri(Site, $"/language/{language}?returnUrl=%2F").ToString());
        }

        await page.GotoAsync(new Uri(Site, path).ToString());
        return page;
    }

    /// <summary>Posts a form by its button and answers the page's response (the status the action earned).</summary>
    protected static async Task<IResponse> SubmitAsync(IPage page, ILocator button)
    {
        var response = await page.RunAndWaitForResponseAsync(() => button.ClickAsync(), r => r.Request.Method == "POST");
        if (response.Status == 303)
        {
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("[?&]done=")); // redirect after post: the page that shows the result
        }

        await page.WaitForLoadStateAsync();
        return response;
    }
}
