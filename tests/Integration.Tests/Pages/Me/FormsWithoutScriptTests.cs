using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Pages.Me.MeSteps;

namespace Platform.Integration.Tests.Pages.Me;

/// <summary>
/// Issue 13: the identity form and the application work with JavaScript disabled — plain posts, the files sent with
/// the form and stored as the upload API stores them — and the server names each problem at its field (400).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FormsWithoutScriptTests(PlatformFixture platform) : BrowserTest
{
    private Uri Site => platform.Frontend.Address;

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public async Task WithoutScriptTheServerNamesEachProblemAtItsFieldAndTheApplicationIsFiled(string language)
    {
        var words = MeWords.For(language);
        var (account, iin) = NewCandidate();
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Site, account, "/me/identity");
        await page.ChooseLanguageAsync(language);

        // An IIN with a wrong check digit, and consent to processing left out: both named at their fields.
        await FillIdentityAsync(page, iin[..11] + (char)('0' + ((iin[11] - '0' + 1) % 10)));
        await page.Locator("#identity-ConsentToProcessing").UncheckAsync();
        Assert.Equal(400, await SubmitAsync(page, words.Save));
        await AssertFieldErrorAsync(page, "identity-Iin", words.CheckDigitMismatch);
        await Expect(page.Locator("#identity-ConsentToProcessing")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(words.CheckDigitMismatch);
        Assert.False(await page.Locator("#identity-ConsentToProcessing").IsCheckedAsync());
        await AssertAccessibleWithoutScriptAsync(page, Chromium, Site);

        // Another person's valid IIN is not theirs to register.
        await FillIdentityAsync(page, "900515300018");
        await SubmitAsync(page, words.Save);
        await AssertFieldErrorAsync(page, "identity-Iin", words.NotYourIin);

        await FillIdentityAsync(page, iin);
        await SubmitAsync(page, words.Save);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/me");

        // The application: no language chosen, a text file as the diploma — refused at the fields, nothing filed.
        await page.GotoAsync(new Uri(Site, "/me/apply").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = words.ChooseAccountant }).ClickAsync();
        await page.GetByLabel(words.Education, new() { Exact = true }).SetInputFilesAsync(Text());
        Assert.Equal(400, await SubmitAsync(page, words.Submit));
        await AssertFieldErrorAsync(page, "apply-Education", words.WrongType);
        await Expect(page.Locator("#apply-ExamLanguage-error")).ToHaveTextAsync(words.Required);
        await AssertAccessibleWithoutScriptAsync(page, Chromium, Site);
        await page.KeepScreenshotAsync($"me-apply-errors-{language}");

        // Then as it should be: the files go with the form; the preview comes from the same form.
        await page.GetByLabel(words.KazakhExam, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(words.Education, new() { Exact = true }).SetInputFilesAsync(Pdf());
        await page.GetByLabel(words.WorkExperience, new() { Exact = true }).SetInputFilesAsync(Jpeg());
        await page.Locator("#apply-PersonalDataConsent").CheckAsync();
        await AssertPreviewIsPdfAsync(page, words.PreviewRu);
        await SubmitAsync(page, words.Submit);

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/me/cases/case-", StringComparison.Ordinal));
        var caseId = new Uri(page.Url).AbsolutePath["/me/cases/".Length..];
        var filed = await platform.World.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", account);
        Assert.Equal(2, filed.GetProperty("attachments").EnumerateArray().Count(a => a.GetProperty("storedAs").GetString() is { Length: > 0 }));
        await page.GotoAsync(new Uri(Site, "/me").ToString());
        await Expect(page.Locator($"a[href='/me/cases/{caseId}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WithoutScriptAMissingRequiredDocumentIsNamedAtItsField()
    {
        var words = MeWords.Ru;
        var (account, iin) = NewCandidate();
        var context = await Chromium.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsync(Site, account, "/me/identity?returnUrl=%2Fme%2Fapply");
        await page.ChooseLanguageAsync("ru");
        await FillIdentityAsync(page, iin);
        await SubmitAsync(page, words.Save);
        await page.GetByRole(AriaRole.Link, new() { Name = words.ChooseAccountant }).ClickAsync();
        await page.GetByLabel("Русский", new() { Exact = true }).CheckAsync();
        await page.Locator("#apply-PersonalDataConsent").CheckAsync();

        await SubmitAsync(page, words.Submit);

        await AssertFieldErrorAsync(page, "apply-Education", words.DocumentRequired);
        await Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = words.Education })).ToHaveAttributeAsync("href", "#apply-Education");
        Assert.Equal("/me/apply", new Uri(page.Url).AbsolutePath);
    }
}
