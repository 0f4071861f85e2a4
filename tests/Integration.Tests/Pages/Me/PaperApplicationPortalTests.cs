using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Pages.Me.MeSteps;

namespace Platform.Integration.Tests.Pages.Me;

/// <summary>
/// Issue 13, done when: a candidate whose paper application (P4) the registrar registered finds it in their portal when
/// they first sign in — the same person by IIN, no identity to give again — and follows it on the case page.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PaperApplicationPortalTests(PlatformFixture platform) : BrowserTest
{
    private Uri Site => platform.Frontend.Address;

    [Theory]
    [InlineData("kk", "Қағаз өтініш тіркелді")]
    [InlineData("ru", "Бумажное заявление зарегистрировано")]
    public async Task ThePaperApplicationTheRegistrarRegisteredIsInTheCandidatesPortal(string language, string registeredOnPaper)
    {
        var (account, iin) = NewCandidate();
        var world = platform.World;
        var candidateKey = (await world.OkAsync(HttpMethod.Post, "/api/v1/centers/0001/candidates", "registrar.0001", new
        {
            iin, surname = "Қағазова", givenName = "Гүлназ", homeAddress = "Алматы, Төле би к-сі, 5", email = "gulnaz@example.kz",
            mobilePhone = "+7 701 000 0005", consentToProcessing = true, consentToNskPlacement = true,
        })).GetProperty("candidateKey").GetString();
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/centers/0001/cases", "registrar.0001", new
        {
            centerNumber = "0001", candidateKey, programCode = "accountant-nrk5", nrkLevel = 5, examLanguage = language,
            attachments = new[] { new { kind = "education", title = "Диплом (скан)", storedAs = (string?)null } }, personalDataConsent = true,
        })).GetProperty("caseId").GetString()!;
        var page = await Chromium.NewPageAsync();

        await page.SignInAsync(Site, account, "/me");
        await page.ChooseLanguageAsync(language);

        // Known by the IIN the registrar typed from the paper: the details are there, masked, and the case is listed.
        await Expect(page.Locator("main")).ToContainTextAsync("••••••••" + iin[^4..]);
        Assert.DoesNotContain(iin, await page.ContentAsync());
        var listed = page.Locator($"a[href='/me/cases/{caseId}']");
        await Expect(listed).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"me-portal-paper-{language}");

        await listed.ClickAsync();
        await Expect(page.Locator("ol.timeline > li").First).ToContainTextAsync(registeredOnPaper);
        await page.AssertAccessibleAsync();
    }
}
