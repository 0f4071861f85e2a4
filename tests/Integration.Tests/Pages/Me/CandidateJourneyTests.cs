using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Pages.Me.MeSteps;

namespace Platform.Integration.Tests.Pages.Me;

/// <summary>
/// Issue 13, the candidate's journey, items 1–2: a new candidate gives their details (App.1) and applies (P4) in the
/// browser, with script — the IIN checked as typed, the uploads with progress — and sees the case in the portal.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CandidateJourneyTests(PlatformFixture platform) : BrowserTest
{
    private Uri Site => platform.Frontend.Address;

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task ANewCandidateGivesTheirDetailsAppliesWithTwoUploadsAndSeesTheCaseInThePortal(string language)
    {
        var words = MeWords.For(language);
        var (account, iin) = NewCandidate();
        var page = await Chromium.NewPageAsync();
        await page.SignInAsync(Site, account, "/me");
        await page.ChooseLanguageAsync(language);

        // A new candidate is guided to their details first; there is nothing to apply with yet.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = words.GiveDetails })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = language == "kk" ? "Тануға өтініш беру" : "Подать заявление о признании" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"me-portal-new-{language}");
        await page.GetByRole(AriaRole.Link, new() { Name = words.GiveDetails }).ClickAsync();

        // The IIN is checked as it is typed: the reason shows at the field before anything is sent.
        Assert.False(await page.Locator("#identity-ConsentToProcessing").IsCheckedAsync());
        Assert.False(await page.Locator("#identity-ConsentToNskPlacement").IsCheckedAsync());
        await FillIdentityAsync(page, iin[..11] + (char)('0' + ((iin[11] - '0' + 1) % 10)));
        await AssertFieldErrorAsync(page, "identity-Iin", words.CheckDigitMismatch);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"me-identity-{language}");
        await page.Locator("#identity-Iin").FillAsync(iin);
        await Expect(page.Locator("#identity-Iin-error")).ToBeHiddenAsync();
        await SubmitAsync(page, words.Save);

        // Then the application: center and program, the exam language, the documents with their progress.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/me/apply");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = words.ChooseAccountant }).ClickAsync();
        await page.GetByLabel(words.KazakhExam, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(words.Education, new() { Exact = true }).SetInputFilesAsync(Text());
        await AssertFieldErrorAsync(page, "apply-Education", words.WrongType);
        await page.AssertAccessibleAsync();
        await page.GetByLabel(words.Education, new() { Exact = true }).SetInputFilesAsync(Pdf());
        await Expect(page.Locator("#apply-Education-status")).ToContainTextAsync(words.Uploaded + " diploma.pdf");
        await page.GetByLabel(words.WorkExperience, new() { Exact = true }).SetInputFilesAsync(Jpeg());
        await Expect(page.Locator("#apply-WorkExperience-status")).ToContainTextAsync(words.Uploaded + " work-record.jpg");
        await page.Locator("#apply-PersonalDataConsent").CheckAsync();

        // App.1 before submitting, in both languages, from the form as it stands.
        await AssertPreviewIsPdfAsync(page, words.PreviewKk);
        await AssertPreviewIsPdfAsync(page, words.PreviewRu);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"me-apply-{language}");
        await SubmitAsync(page, words.Submit);

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/me/cases/case-", StringComparison.Ordinal));
        var caseId = new Uri(page.Url).AbsolutePath["/me/cases/".Length..];

        // The portal lists the case with its step and deadline, and App.1 as filed, in kk and ru.
        await page.GotoAsync(new Uri(Site, "/me").ToString());
        var listed = page.Locator("li.card").Filter(new() { Has = page.Locator($"a[href='/me/cases/{caseId}']") });
        await Expect(listed).ToContainTextAsync(words.Registered);
        await Expect(listed).ToContainTextAsync(words.ReviewBy);
        await Expect(listed).ToContainTextAsync(language == "kk" ? "«Кәсіби біліктілік» тану орталығы" : "Центр признания «Профессиональная квалификация»");
        var application = page.GetByRole(AriaRole.Link, new() { Name = $"{words.ApplicationDocument}," });
        await Expect(application).ToHaveCountAsync(2);
        await AssertPdfLinkAsync(page, Site, application.First);
        await AssertPdfLinkAsync(page, Site, application.Last);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"me-portal-{language}");

        var attachments = await platform.World.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", account);
        Assert.Equal(["education", "workExperience"], attachments.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        Assert.Equal("kk", attachments.GetProperty("examLanguage").GetString());
    }

    [Fact]
    public async Task AnotherCandidateSeesNeitherTheCaseNorItsDocumentsInTheirPortal()
    {
        var (owner, ownerIin) = NewCandidate();
        var world = platform.World;
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", owner, new
        {
            iin = ownerIin, surname = "Иесі", givenName = "Өтініштің", homeAddress = "Алматы", email = "owner@example.kz",
            mobilePhone = "+7 701 000 0001", consentToProcessing = true, consentToNskPlacement = true,
        });
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", owner, new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, personalDataConsent = true, examLanguage = "ru",
            attachments = new[] { new { kind = "education", title = "Diploma", storedAs = (string?)null } },
        })).GetProperty("caseId").GetString()!;
        var (other, _) = NewCandidate();
        var page = await Chromium.NewPageAsync();
        await page.SignInAsync(Site, other, "/me");
        await page.ChooseLanguageAsync("ru");

        await Expect(page.Locator("main")).ToContainTextAsync("Вы ещё не подавали заявлений.");
        Assert.DoesNotContain(caseId, await page.ContentAsync());
        await Expect(page.Locator("main")).ToContainTextAsync("Документов пока нет.");
        var response = await page.GotoAsync(new Uri(Site, $"/me/cases/{caseId}").ToString());
        Assert.Equal(404, response!.Status);
    }

    [Fact]
    public async Task OnAPhoneThePortalFitsTheScreen()
    {
        var (account, _) = NewCandidate();
        var context = await Chromium.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 }, DeviceScaleFactor = 2, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Site, account, "/me");
        await page.ChooseLanguageAsync("kk");

        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the portal scrolls sideways on a 360 px phone");
        await page.KeepScreenshotAsync("me-portal-kk-phone");
        await page.GotoAsync(new Uri(Site, "/me/identity").ToString());
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the identity form scrolls sideways on a 360 px phone");
    }
}
