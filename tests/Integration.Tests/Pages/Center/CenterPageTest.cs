using System.Net.Http.Headers;
using Microsoft.Playwright;
using Platform.Domain.Identity;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;

namespace Platform.Integration.Tests.Pages.Center;

/// <summary>
/// What the registrar's page tests share: a browser signed in as staff in a language (with or without script), a form
/// posted by its button, axe on a scriptless page, and the candidate's own steps (the only API calls besides setup).
/// </summary>
public abstract class CenterPageTest(CenterPagesFixture platform) : BrowserTest
{
    protected CenterPagesFixture Platform { get; } = platform;

    protected World World => Platform.World;

    protected Uri Site => Platform.Site;

    /// <summary>A page signed in as <paramref name="account"/> in <paramref name="language"/>, at <paramref name="path"/>.</summary>
    protected async Task<IPage> PageAsync(string account, string language, string path, bool javaScript = true)
    {
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Site, account, "/");
        await page.ChooseLanguageAsync(language);
        await page.GotoAsync(new Uri(Site, path).ToString());
        return page;
    }

    /// <summary>The inbox's row of a case: the row whose link leads to the case (the row shows only its short number).</summary>
    protected static ILocator InboxRow(IPage page, string caseId) =>
        page.Locator("table.inbox tbody tr").Filter(new() { Has = page.Locator($"a[href$='/cases/{caseId}']") });

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

    /// <summary>axe-core on what a scriptless page shows (see <see cref="SitePages.AssertAccessibleWithoutScriptAsync"/>).</summary>
    protected Task AccessibleAsync(IPage scriptless, IResponse? posted = null) => Chromium.AssertAccessibleWithoutScriptAsync(scriptless, posted);

    /// <summary>
    /// The candidate's own steps (P4): a synthetic person registers (App.1), uploads a PDF of their diploma and applies
    /// online to center 0001. Answers the case and the upload's stored name.
    /// </summary>
    protected async Task<(string CaseId, string StoredAs, string Surname)> ApplyOnlineAsync(string surname, string language = "ru")
    {
        var account = $"load.candidate.{CenterPagesFixture.NextCandidate()}";
        var n = int.Parse(account["load.candidate.".Length..]);
        await World.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", account, new
        {
            iin = SyntheticIin.For(n), surname, givenName = "Айгерім", patronymic = (string?)null, homeAddress = "Алматы, Абай д-лы, 1",
            email = $"c{n}@example.kz", mobilePhone = "+7 701 000 0001", workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
        });
        var content = new ByteArrayContent(SampleFiles.Pdf());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var upload = await World.SendContentAsync(HttpMethod.Post, "/api/v1/candidates/me/uploads", account, content);
        var stored = (await World.JsonAsync(upload)).GetProperty("id").GetString()!;
        var application = new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, personalDataConsent = true, examLanguage = language,
            attachments = new[] { new { kind = "education", title = "Диплом", storedAs = stored } },
        };
        using var response = await World.SendAsync(HttpMethod.Post, "/api/v1/cases", account, application);
        Assert.True(response.IsSuccessStatusCode, $"the application answered {(int)response.StatusCode}");
        return ((await World.JsonAsync(response)).GetProperty("caseId").GetString()!, stored, surname);
    }
}
