using Microsoft.Playwright;
using Platform.Domain.Identity;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Pages.Operator;

/// <summary>
/// What the operator's page tests share: a browser signed in to a world in a language (with or without script), axe on
/// a scriptless page, and a synthetic candidate's application (the person whose name and IIN must never show).
/// </summary>
public abstract class OperatorPageTest : BrowserTest
{
    /// <summary>A page signed in as <paramref name="account"/> in <paramref name="language"/>, at <paramref name="path"/>.</summary>
    protected async Task<IPage> PageAsync(World world, string account, string language, string path, bool javaScript = true, int width = 1280)
    {
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(world.Frontend.Address, account, "/");
        await page.ChooseLanguageAsync(language);
        await page.GotoAsync(new Uri(world.Frontend.Address, path).ToString());
        return page;
    }

    /// <summary>axe-core on what a scriptless page shows (see <see cref="SitePages.AssertAccessibleWithoutScriptAsync"/>).</summary>
    protected Task AccessibleWithoutScriptAsync(IPage scriptless) => Chromium.AssertAccessibleWithoutScriptAsync(scriptless);

    /// <summary>A synthetic person (surname, IIN) registers and applies online to center 0001 (P4); the case id and IIN.</summary>
    protected static async Task<(string CaseId, string Iin)> ApplyAsync(World world, string surname)
    {
        var n = OperatorPagesFixture.NextCandidate();
        var account = $"load.candidate.{n}";
        var iin = SyntheticIin.For(n);
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", account, new
        {
            iin, surname, givenName = "Айгерім", patronymic = (string?)null, homeAddress = "Алматы, Абай д-лы, 1",
            email = $"c{n}@example.kz", mobilePhone = "+7 701 000 0001", workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
        });
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", account, new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, personalDataConsent = true, examLanguage = "ru",
            attachments = new[] { new { kind = "education", title = $"Диплом {surname}", storedAs = (string?)null } },
        })).GetProperty("caseId").GetString()!;
        return (caseId, iin);
    }

    /// <summary>Fails when the page's HTML names the person: their surname or their IIN.</summary>
    protected static async Task AssertNamesNobodyAsync(IPage page, params string[] personal)
    {
        var html = await page.ContentAsync();
        foreach (var text in personal)
        {
            Assert.DoesNotContain(text, html, StringComparison.OrdinalIgnoreCase);
        }
    }
}
