using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Pages.Me.Exam;

/// <summary>
/// Issue 13, item 4 and Accessibility: the candidate's online exam in Debian's Chromium (a fake camera and
/// microphone), the staff's steps through the API; axe-core on every state, in kk and in ru.
/// </summary>
public sealed partial class ExamPageTests(ExamWorld exam) : IClassFixture<ExamWorld>, IAsyncLifetime
{
    private const int Answers = 4;
    private const int TicketSize = 30;

    private IPlaywright _playwright = null!;
    private IBrowser _chromium = null!;

    private World World => exam.World;

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
    public async Task TheCandidateTakesTheOnlineExamFromTheirCaseFromCheckInToTheResult(string language)
    {
        var (caseId, account) = exam.CaseIn(language);
        var said = Expected[language];
        var context = await _chromium.NewContextAsync(new() { Permissions = ["camera", "microphone"] });
        var page = await context.NewPageAsync();
        // Issue 17: the page goes straight to a WebSocket, no negotiation, so any frontend behind the balancer takes it.
        var (negotiations, sockets) = (0, 0);
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/hubs/sitting/negotiate", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref negotiations);
            }
        };
        page.WebSocket += (_, socket) =>
        {
            if (socket.Url.Contains("/hubs/sitting", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref sockets);
            }
        };
        await page.SignInAsync(exam.Site, account, $"/me/cases/{caseId}/exam");
        await page.ChooseLanguageAsync(language);

        // Before the center opens the sitting: said so, and no id to type anywhere.
        await Expect(page.Locator("main")).ToContainTextAsync(said.NotOpened);
        Assert.Equal(0, await page.GetByRole(AriaRole.Textbox).CountAsync());
        await page.AssertAccessibleAsync();

        var sittingId = await OpenedAsync(World, caseId);
        await page.Locator("main a.button").ClickAsync();

        // Check-in (P8): the device check shows what was found; an acknowledgement left out is named at its field.
        await page.Locator("#device-check").ClickAsync();
        await Expect(page.Locator("#device-results")).ToContainTextAsync(said.CameraFound);
        await page.AssertAccessibleAsync();
        // In Russian the acknowledgements are posted from a browser without JavaScript: the form needs none.
        var form = language == "ru" ? await WithoutScriptAsync(account, $"/me/cases/{caseId}/exam", language) : page;
        var refused = await form.RunAndWaitForResponseAsync(
            () => form.Locator("#check-in-submit").ClickAsync(), response => response.Request.Method == "POST");
        Assert.Equal(400, refused.Status);
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync(said.MethodologyMissing);
        await Expect(form.Locator("#methodology")).ToHaveAttributeAsync("aria-invalid", "true");
        if (form == page)
        {
            await page.AssertAccessibleAsync(); // axe needs script: the Kazakh run checks this state
        }

        await form.Locator("#methodology").CheckAsync();
        await form.Locator("#complaint").CheckAsync();
        await form.Locator("#check-in-submit").ClickAsync();
        if (form != page)
        {
            await Expect(form.Locator("#waiting h2")).ToHaveTextAsync(said.CheckedIn);
            await page.ReloadAsync();
        }

        // Waiting: the proctoring's identity check and room scan appear as they are recorded (P2.8).
        await Expect(page.Locator("#waiting h2")).ToHaveTextAsync(said.CheckedIn);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"exam-waiting-{language}");
        await World.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/identity-verified", Examiner);
        await World.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/room-scan", Examiner);
        await Expect(page.Locator("#room-status")).ToHaveTextAsync(said.Done, new() { Timeout = 30_000 });

        // The theory opens while the candidate waits: the questions appear by themselves (P9).
        await World.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/theory", Registrar);
        await Expect(page.Locator("#question fieldset")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("#timer")).ToHaveTextAsync(new Regex(@"^00:59:\d\d$|^01:00:00$"));
        Assert.True(Volatile.Read(ref sockets) > 0, "the exam page opened no WebSocket to /hubs/sitting");
        Assert.Equal(0, Volatile.Read(ref negotiations));
        await page.AssertAccessibleAsync();

        // Keyboard only: Space answers, Tab reaches "Next", Enter goes on; each answer acknowledged after the durable write.
        for (var question = 0; question < Answers; question++)
        {
            if (question == 0)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            Assert.Equal("radio", await page.EvaluateAsync<string>("document.activeElement.type"));
            await page.Keyboard.PressAsync("Space");
            await Expect(page.Locator("#ack")).ToHaveTextAsync(said.Saved, new() { Timeout = 20_000 });
            await TabToAsync(page, "next");
            await page.Keyboard.PressAsync("Enter");
        }

        await page.KeepScreenshotAsync($"exam-ticket-{language}");
        if (language == "ru")
        {
            await page.SetViewportSizeAsync(360, 740);
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth"), "the ticket scrolls sideways on a 360 px phone");
            await page.KeepScreenshotAsync("exam-ticket-ru-phone");
            await page.SetViewportSizeAsync(1280, 720);
        }

        // Extra time from the commission (P10, P11), then a reload mid-exam: answers and time left come back from the server.
        await World.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/extra-time", Examiner, new { minutes = 15, reason = "P10" });
        await page.ReloadAsync();
        await Expect(page.Locator("#question-nav .saved")).ToHaveCountAsync(Answers, new() { Timeout = 20_000 });
        await Expect(page.Locator("#timer")).ToHaveTextAsync(new Regex(@"^01:1[45]:\d\d$"));
        await Expect(page.Locator("#extra-time")).ToContainTextAsync("15");
        await page.Locator("#question-nav button").First.ClickAsync();
        await Expect(page.Locator("#question input:checked")).ToHaveCountAsync(1);

        // A confirmed violation brings the warning (P13), shown until acknowledged; the delivery is stamped.
        var faces = Suspicious(sittingId, World.Clock.GetUtcNow());
        await World.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/events", Proctoring,
            new[] { faces }, new Dictionary<string, string> { ["X-Proctoring-Token"] = await TokenAsync(World, sittingId, account) });
        await World.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/violations", Examiner, new { detectionId = faces.Id });
        var warning = page.GetByRole(AriaRole.Alertdialog);
        await Expect(warning).ToContainTextAsync(said.SeveralFaces, new() { Timeout = 20_000 });
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"exam-warning-{language}");
        await page.Keyboard.PressAsync("Enter");
        await Expect(warning).ToBeHiddenAsync();
        var delivered = await World.OkAsync<SittingView>(HttpMethod.Get, $"/api/v1/sittings/{sittingId}", Registrar);
        Assert.NotNull(Assert.Single(delivered.Warnings).DeliveredAt);

        // The confirmation counts the unanswered questions; then the result (P15).
        await page.Locator("#finish").ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Expect(confirm).ToContainTextAsync(said.Unanswered(TicketSize - Answers));
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"exam-confirm-{language}");
        await page.Locator("#confirm-submit").ClickAsync();
        await Expect(page.Locator("#outcome-title")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator(".score")).ToContainTextAsync(said.Score);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"exam-result-{language}");
        var submitted = await World.OkAsync<SittingView>(HttpMethod.Get, $"/api/v1/sittings/{sittingId}", Registrar);
        Assert.Equal(Answers, submitted.Answered);
    }

    [Fact]
    public async Task AnotherCandidatesCaseAndAnUnknownCaseAreNotFound()
    {
        var page = await _chromium.NewPageAsync();
        await page.SignInAsync(exam.Site, SecondCandidate, "/");
        await page.ChooseLanguageAsync("ru");

        var others = await page.GotoAsync(new Uri(exam.Site, $"/me/cases/{exam.KazakhCase}/exam").ToString());
        Assert.Equal(404, others!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Страница не найдена");
        await page.AssertAccessibleAsync();

        var unknown = await page.GotoAsync(new Uri(exam.Site, "/me/cases/case-00000000000000000000000000000000/exam").ToString());
        Assert.Equal(404, unknown!.Status);
    }

    [Fact]
    public async Task TheOldSittingPageLeadsToThePortal()
    {
        var page = await _chromium.NewPageAsync();
        await page.SignInAsync(exam.Site, Candidate, "/");

        await page.GotoAsync(new Uri(exam.Site, "/sitting.html?sitting=sitting-x-1").ToString());

        Assert.Equal("/me", new Uri(page.Url).AbsolutePath);
    }

    private async Task<IPage> WithoutScriptAsync(string account, string path, string language)
    {
        var context = await _chromium.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SignInAsync(exam.Site, account, path);
        await page.ChooseLanguageAsync(language);
        return page;
    }

    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 5; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("document.activeElement.id") == id)
            {
                return;
            }
        }

        Assert.Fail($"#{id} is not within five Tabs of the question");
    }
}
