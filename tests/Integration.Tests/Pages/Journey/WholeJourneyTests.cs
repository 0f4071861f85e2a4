using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Frontend.Security.Development;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Pages.Me;
using static Microsoft.Playwright.Assertions;
using Days = Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Pages.Journey;

/// <summary>
/// Issue 13, done when: a new candidate's whole journey in the browser — identity (App.1), the application with its
/// uploads (P4), remarks fixed (P5), the online exam with a warning (P8, P13), the submission and the result (P15), the
/// failure notice (P19) and the appeal (P20) — the staff's steps through the API; axe-core on every page visited.
/// </summary>
public sealed class WholeJourneyTests : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _chromium = null!;

    public async Task InitializeAsync() =>
        (_playwright, _chromium) = await Browser.LaunchAsync("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        _playwright.Dispose();
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task ANewCandidateGoesFromIdentityToAnAppealInTheBrowser(string language)
    {
        await using var world = await World.Create(Days.Almaty(2026, 3, 2, 9)).WithDemoData()
            .WithFrontend(new Dictionary<string, string?> { [SyntheticCandidates.Setting] = "true" }).StartAsync();
        var site = world.Frontend.Address;
        var said = JourneyWords.For(language);
        var words = MeWords.For(language);
        var (account, iin) = MeSteps.NewCandidate();
        var context = await _chromium.NewContextAsync(new() { Permissions = ["camera", "microphone"] });
        var page = await context.NewPageAsync();
        await page.SignInAsync(site, account, "/me");
        await page.ChooseLanguageAsync(language);
        await page.AssertAccessibleAsync();

        // 1. Identity (App.1), the consents never pre-ticked (P4).
        await page.GetByRole(AriaRole.Link, new() { Name = words.GiveDetails }).ClickAsync();
        Assert.False(await page.Locator("#identity-ConsentToProcessing").IsCheckedAsync());
        await MeSteps.FillIdentityAsync(page, iin);
        await page.AssertAccessibleAsync();
        await MeSteps.SubmitAsync(page, words.Save);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/me/apply");

        // 2. The application: program, the exam language of the candidate's choice (P9), two documents uploaded (P4).
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = words.ChooseAccountant }).ClickAsync();
        await page.Locator($"#apply-language-{language}").CheckAsync();
        await page.GetByLabel(words.Education, new() { Exact = true }).SetInputFilesAsync(MeSteps.Pdf());
        await Expect(page.Locator("#apply-Education-status")).ToContainTextAsync(words.Uploaded + " diploma.pdf");
        await page.GetByLabel(words.WorkExperience, new() { Exact = true }).SetInputFilesAsync(MeSteps.Jpeg());
        await Expect(page.Locator("#apply-WorkExperience-status")).ToContainTextAsync(words.Uploaded + " work-record.jpg");
        await page.Locator("#apply-PersonalDataConsent").CheckAsync();
        await page.AssertAccessibleAsync();
        await MeSteps.SubmitAsync(page, words.Submit);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/me/cases/case-", StringComparison.Ordinal));
        var caseId = new Uri(page.Url).AbsolutePath["/me/cases/".Length..];
        var center = $"/api/v1/centers/0001/cases/{caseId}";
        await page.AssertAccessibleAsync();

        // 3. Remarks (P5): shown with the window's closing day; fixed with a new upload from the case page.
        await world.OkAsync(HttpMethod.Post, $"{center}/remarks", Registrar, new { remarks = new[] { said.Remark } });
        await page.ReloadAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(said.Remark);
        await page.AssertAccessibleAsync();
        await page.Locator("#resubmit-title-0").FillAsync(said.CorrectedCopy);
        await page.Locator("#resubmit-file-0").SetInputFilesAsync(MeSteps.Pdf("diploma-corrected.pdf"));
        var resubmitted = await page.RunAndWaitForResponseAsync(() => page.Locator("#resubmit button[type=submit]").ClickAsync(), r => r.Request.Method == "POST");
        var afterState = (await world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", account)).GetProperty("state").GetString();
        Assert.True(resubmitted.Status == 200, $"resubmission answered {resubmitted.Status} ({afterState}): {await resubmitted.TextAsync()}");
        await Expect(page.Locator("#resubmit")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        // The center's steps: the contract and the online exam's notice for Tue 17 March (P6).
        await world.OkAsync(HttpMethod.Post, $"{center}/contract", Registrar);
        await world.OkAsync(HttpMethod.Post, $"{center}/exam-notice", Registrar, new { startsAt = Days.Almaty(2026, 3, 17, 10), place = "Online", online = true });
        world.Clock.SetUtcNow(Days.Almaty(2026, 3, 17, 9, 30));
        var sittingId = await OpenedAsync(world, caseId);

        // 4. The exam, reached from the case on its day (the page reloaded after the post: read again, not posted again).
        await page.ReloadAsync();
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Locator($"a[href='/me/cases/{caseId}/exam']").First.ClickAsync();
        await page.Locator("#device-check").ClickAsync();
        await Expect(page.Locator("#device-results")).ToContainTextAsync(said.CameraFound);
        await page.Locator("#methodology").CheckAsync();
        await page.Locator("#complaint").CheckAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#check-in-submit").ClickAsync();
        await Expect(page.Locator("#waiting h2")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/identity-verified", Examiner);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/room-scan", Examiner);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/theory", Registrar);
        await Expect(page.Locator("#question fieldset")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.AssertAccessibleAsync();
        for (var question = 0; question < 3; question++)
        {
            await page.Locator("#question input[type=radio]").First.CheckAsync();
            await Expect(page.Locator("#ack")).ToHaveTextAsync(new Regex(Regex.Escape(said.Saved)), new() { Timeout = 20_000 });
            await page.Locator("#next").ClickAsync();
        }

        var faces = Suspicious(sittingId, world.Clock.GetUtcNow());
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/events", Proctoring,
            new[] { faces }, new Dictionary<string, string> { ["X-Proctoring-Token"] = await TokenAsync(world, sittingId, account) });
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/violations", Examiner, new { detectionId = faces.Id });
        var warning = page.GetByRole(AriaRole.Alertdialog);
        await Expect(warning).ToContainTextAsync(said.SeveralFaces, new() { Timeout = 20_000 });
        await page.AssertAccessibleAsync();
        await warning.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(warning).ToBeHiddenAsync();

        // 5. The submission after the confirmation that counts the unanswered questions, then the result (P15).
        await page.Locator("#finish").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync(said.Unanswered);
        await page.AssertAccessibleAsync();
        await page.Locator("#confirm-submit").ClickAsync();
        await Expect(page.Locator("#outcome-title")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.AssertAccessibleAsync();

        // 6. The commission's protocol and the failure notice (P17, P19): on the case page with its PDF, the appeal open (P20).
        var desk = $"/api/v1/commissions/com-0001-a/cases/{caseId}";
        await world.OkAsync(HttpMethod.Post, $"{desk}/protocol", "commission.0001.c", new
        {
            votes = new[]
            {
                new { subject = "commission.0001.a", choice = "notPassed" },
                new { subject = "commission.0001.b", choice = "notPassed" },
                new { subject = "commission.0001.c", choice = "notPassed" },
            },
            reasons = "3 of 30 is not more than 70% (P15)",
        });
        await world.OkAsync(HttpMethod.Post, $"{center}/failure-notice", Registrar, new { recommendations = new[] { said.Recommendation } });
        await page.GotoAsync(new Uri(site, $"/me/cases/{caseId}").ToString());
        await Expect(page.Locator("#notices-title + table")).ToContainTextAsync(said.FailureNotice);
        await Expect(page.Locator("#appeal")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // 7. The appeal, filed in the page, joins the timeline.
        await page.Locator("#appeal textarea").FillAsync(said.Grounds);
        await page.RunAndWaitForResponseAsync(() => page.Locator("#appeal button[type=submit]").ClickAsync(), r => r.Request.Method == "POST");
        await Expect(page.Locator("ol.timeline > li").Last).ToContainTextAsync(said.AppealFiled);
        await page.AssertAccessibleAsync();
        var state = await world.OkAsync(HttpMethod.Get, $"/api/v1/cases/{caseId}", account);
        Assert.Equal("appealFiled", state.GetProperty("state").GetString());

        // The candidate's e-mail is the one given in App.1; no page showed the IIN in an address.
        Assert.DoesNotContain(iin, page.Url);
    }
}
