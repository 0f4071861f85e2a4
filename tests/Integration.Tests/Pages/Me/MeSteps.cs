using Microsoft.Playwright;
using Platform.Domain.Identity;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Me;

/// <summary>
/// The candidate's steps on the portal's forms. Each test takes a new person: a synthetic candidate of the development
/// issuer (<c>load.candidate.N</c>, N from 20001 up, a range of this folder's own) who has no identity yet.
/// </summary>
public static class MeSteps
{
    private static int _next = 20_000;

    public static (string Account, string Iin) NewCandidate()
    {
        var n = Interlocked.Increment(ref _next);
        return ($"load.candidate.{n}", SyntheticIin.For(n));
    }

    /// <summary>Fills in the identity form (App.1) with the IIN given and ticks both consents.</summary>
    public static async Task FillIdentityAsync(IPage page, string iin)
    {
        await page.Locator("#identity-Iin").FillAsync(iin);
        await page.Locator("#identity-Surname").FillAsync("Сынақова");
        await page.Locator("#identity-GivenName").FillAsync("Әсел");
        await page.Locator("#identity-HomeAddress").FillAsync("Алматы, Абай даңғылы, 1");
        await page.Locator("#identity-Email").FillAsync("asel@example.kz");
        await page.Locator("#identity-MobilePhone").FillAsync("+7 701 000 0000");
        await page.Locator("#identity-ConsentToProcessing").CheckAsync();
        await page.Locator("#identity-ConsentToNskPlacement").CheckAsync();
    }

    public static FilePayload Pdf(string name = "diploma.pdf") => new() { Name = name, MimeType = "application/pdf", Buffer = SampleFiles.Pdf() };

    public static FilePayload Jpeg(string name = "work-record.jpg") => new() { Name = name, MimeType = "image/jpeg", Buffer = SampleFiles.Jpeg() };

    public static FilePayload Text(string name = "notes.txt") => new() { Name = name, MimeType = "text/plain", Buffer = "not a document"u8.ToArray() };

    /// <summary>
    /// Presses a submit button and waits for the page that answers the post (its status returned). By keyboard (Enter on
    /// the focused button): a click waits for "scheduled navigations", and with Debian's Chromium that wait sometimes never
    /// ends after a form post.
    /// </summary>
    public static async Task<int> SubmitAsync(IPage page, string button)
    {
        var answer = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Request.IsNavigationRequest);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var status = (await answer).Status;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        return status;
    }

    /// <summary>Presses a preview button: the form as it stands comes back as App.1 in a PDF, to keep (a download).</summary>
    public static async Task AssertPreviewIsPdfAsync(IPage page, string button)
    {
        var response = await page.RunAndWaitForResponseAsync(
            async () =>
            {
                await page.GetByRole(AriaRole.Button, new() { Name = button }).FocusAsync();
                await page.Keyboard.PressAsync("Enter");
            },
            r => r.Url.Contains("/me/apply/preview", StringComparison.Ordinal));
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.StartsWith("attachment", response.Headers["content-disposition"]);
    }

    /// <summary>
    /// axe-core on a page rendered without script: axe answers a promise, which a page with script disabled never settles,
    /// so the page's HTML as the server sent it is checked in a page of the same site with script on (its styles load).
    /// </summary>
    public static async Task AssertAccessibleWithoutScriptAsync(IPage page, IBrowser browser, Uri site)
    {
        var html = await page.ContentAsync();
        var checker = await browser.NewPageAsync();
        await checker.GotoAsync(new Uri(site, "/verify").ToString());
        await checker.SetContentAsync(html);
        await checker.AssertAccessibleAsync();
        await checker.CloseAsync();
    }

    /// <summary>The field's error, tied to it: its text, and the field marked invalid.</summary>
    public static async Task AssertFieldErrorAsync(IPage page, string id, string message)
    {
        await Expect(page.Locator($"#{id}-error")).ToHaveTextAsync(message);
        await Expect(page.Locator($"#{id}")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Contains($"{id}-error", await page.Locator($"#{id}").GetAttributeAsync("aria-describedby") ?? "");
    }

    /// <summary>A document's PDF link of the portal answers a PDF.</summary>
    public static async Task AssertPdfLinkAsync(IPage page, Uri site, ILocator link)
    {
        var href = await link.GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(new Uri(site, href).ToString());
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
    }
}
