using Microsoft.Playwright;
using Platform.Domain.Calendar;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Procedure.Cases;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Pages.Journey;

/// <summary>
/// Issue 14, done when: an online exam day watched and acted on live. The registrar schedules the exam online and opens the
/// slot on the exam day page (P6, P8); the candidate checks in (their own step); the commission records the identity and
/// the room scan on the live sitting page (P2.8) — the registrar's theory refused before them (409, P2.8) and opened after
/// (P9); the candidate's browser shows the ticket; a suspicious event sent as the proctoring service sends it appears on the
/// open dashboard without reload; the commission confirms it (the candidate is warned, P13) and grants extra time (P10, P11).
/// No API call but the candidate's own and the proctoring service's.
/// </summary>
public sealed class OnlineExamDayTests : IAsyncLifetime
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

    [Fact]
    public async Task AnOnlineExamDayIsWatchedAndActedOnLive()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var world = await World.Create(Almaty(2026, 3, 2, 9)).WithDemoData().WithFrontend().StartAsync();
        var desks = new StaffDesks(world, _chromium, "ru");
        var said = JourneyWords.For("ru");
        var caseId = await CandidateSteps.ApplyAsync(world, "ru");
        world.Clock.SetUtcNow(Almaty(2026, 3, 3, 11));
        await desks.ContractAsync(caseId);
        world.Clock.SetUtcNow(Almaty(2026, 3, 4, 10));
        var start = await OnlineNoticeAsync(desks);

        // The exam day: the registrar opens the 10:00 online slot (P8).
        world.Clock.SetUtcNow(start.AddMinutes(-30));
        var day = await desks.OpenAsync("registrar.0001", "/center/0001/day");
        await desks.PostedAsync(day, day.GetByRole(AriaRole.Button, new() { Name = desks.Text("Schedule.Day.OpenSlot", "10:00", 1) }), "day-online-opened");
        var sittingId = SittingKeys.For(caseId, 1);
        Assert.NotNull(await Sitting(world, sittingId));

        // The candidate checks in from their exam page (P8): device check and the two acknowledgements.
        var mine = await CandidateSteps.CasePageAsync(desks, _chromium, caseId);
        Assert.Equal(200, (await mine.GotoAsync(new Uri(desks.Site, $"/me/cases/{caseId}/exam").ToString()))!.Status);
        await mine.Locator("#device-check").ClickAsync();
        await Expect(mine.Locator("#device-results")).ToContainTextAsync(said.CameraFound);
        await mine.Locator("#methodology").CheckAsync();
        await mine.Locator("#complaint").CheckAsync();
        await mine.Locator("#check-in-submit").ClickAsync();
        await Expect(mine.Locator("#waiting h2")).ToBeVisibleAsync();
        await mine.AssertAccessibleAsync();

        // The registrar may open the theory but not record P2.8; before the commission has, the theory is refused (409).
        var live = $"/center/0001/live/{sittingId}";
        var desk = await desks.OpenAsync("registrar.0001", live);
        await Expect(desk.GetByRole(AriaRole.Button, new() { Name = desks.Text("Live.Opening.IdentityButton") })).ToHaveCountAsync(0);
        await Seen(desk, "live-opening-desk");
        var theory = desk.GetByRole(AriaRole.Button, new() { Name = desks.Text("Live.Opening.TheoryButton") });
        Assert.Equal(409, await StaffDesks.SubmitAsync(desk, theory));
        await Expect(desk.Locator("#live-outcome")).ToContainTextAsync("подпункт 8) пункта 2"); // P2.8, worded in the page language
        await Seen(desk, "live-theory-refused");

        // The commission records the identity and the room scan (P2.8) on the same page.
        var commission = await desks.OpenAsync("commission.0001.a", live);
        await Expect(commission.GetByRole(AriaRole.Button, new() { Name = desks.Text("Live.Opening.TheoryButton") })).ToBeVisibleAsync();
        await Seen(commission, "live-opening");
        await desks.PostedAsync(commission, commission.GetByRole(AriaRole.Button, new() { Name = desks.Text("Live.Opening.IdentityButton") }), "live-identity");
        await Expect(commission.Locator("#live-outcome")).ToHaveTextAsync(desks.Text("Live.Identity.Done"));
        await desks.PostedAsync(commission, commission.GetByRole(AriaRole.Button, new() { Name = desks.Text("Live.Opening.RoomScanButton") }), "live-room-scan");
        await Expect(commission.Locator("#live-outcome")).ToHaveTextAsync(desks.Text("Live.RoomScan.Done"));
        var checkedIn = (await Sitting(world, sittingId))!.CheckIn;
        Assert.True(checkedIn.IdentityVerifiedAt is not null && checkedIn.RoomScanCompletedAt is not null);

        // The registrar opens the theory (P9); the candidate's browser shows the ticket.
        await desks.OpenAsync("registrar.0001", live);
        await desks.PostedAsync(desk, theory, "live-theory-open");
        await Expect(desk.Locator("#live-outcome")).ToHaveTextAsync(desks.Text("Live.Theory.Done"));
        await Expect(mine.Locator("#question fieldset")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await mine.AssertAccessibleAsync();

        // The dashboard is open; the proctoring service's event appears on it without reload.
        var board = await desks.OpenAsync("commission.0001.a", "/center/0001/live");
        await Expect(board.Locator("#live-status")).ToHaveTextAsync(desks.Text("Live.Status.Connected"), new() { Timeout = 20_000 });
        var faces = Suspicious(sittingId, world.Clock.GetUtcNow());
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/events", Proctoring,
            new[] { faces }, new Dictionary<string, string> { ["X-Proctoring-Token"] = await TokenAsync(world, sittingId) });
        await Expect(board.Locator($"#row-{sittingId} .c-suspicious")).ToHaveTextAsync("1 (0)", new() { Timeout = 20_000 });
        await board.AssertAccessibleAsync();

        // The commission confirms it as a violation (P13): the candidate is warned.
        await board.GotoAsync(new Uri(desks.Site, live).ToString());
        await board.Locator($"input[name=detection][value='{faces.Id}']").CheckAsync();
        await desks.PostedAsync(board, board.GetByRole(AriaRole.Button, new() { Name = desks.Text("Live.Confirm.Button") }), "live-confirmed");
        await Expect(board.Locator("#live-outcome")).ToHaveTextAsync(desks.Text("Live.Confirm.Done"));
        var warning = mine.GetByRole(AriaRole.Alertdialog);
        await Expect(warning).ToContainTextAsync(said.SeveralFaces, new() { Timeout = 20_000 });
        await mine.AssertAccessibleAsync();
        await warning.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(warning).ToBeHiddenAsync();

        // Extra time (P10, P11): the time left grows by the minutes granted, and the candidate's page says so.
        var before = (await Sitting(world, sittingId))!.TimeLeft;
        await board.GetByLabel(desks.Text("Live.Extra.Minutes")).FillAsync("15");
        await board.GetByLabel(desks.Text("Live.Extra.Reason")).FillAsync("Сбой связи у кандидата на 15 минут");
        await desks.PostedAsync(board, board.GetByRole(AriaRole.Button, new() { Name = desks.Text("Live.Extra.Button") }), "live-extra-time");
        var after = (await Sitting(world, sittingId))!;
        Assert.Equal((15, before + TimeSpan.FromMinutes(15)), (after.ExtraTimeMinutes, after.TimeLeft));
        await mine.ReloadAsync();
        await Expect(mine.Locator("#extra-time")).ToHaveTextAsync(desks.Text("Exam.ExtraTime", 15));
        await Expect(mine.Locator("#question fieldset")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await mine.AssertAccessibleAsync();
        Console.WriteLine($"{nameof(AnOnlineExamDayIsWatchedAndActedOnLive)}: {started.Elapsed.TotalSeconds:0} s");
    }

    private static Task<SittingView?> Sitting(World world, string sittingId) => world.Grains.GetGrain<IExamSessionGrain>(sittingId).Get();

    /// <summary>axe-core on a live page state and its screenshot (the live pages are not held to the phone's width here).</summary>
    private static async Task Seen(IPage page, string name)
    {
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync($"journey-{name}-ru");
    }

    /// <summary>The registrar sends the online exam notice from the schedule page (P6) for the earliest allowed day, 10:00.</summary>
    private static async Task<DateTimeOffset> OnlineNoticeAsync(StaffDesks desks)
    {
        var page = await desks.OpenAsync("registrar.0001", "/center/0001/schedule");
        var day = Domain.Deadlines.ExamDateWindow.For(WorkingCalendar.Shipped(), desks.Today).Earliest;
        await page.GetByLabel(CandidateSteps.Name, new() { Exact = true }).CheckAsync();
        await page.Locator("#date").FillAsync($"{day:yyyy-MM-dd}");
        await page.Locator("#time").FillAsync("10:00");
        await page.Locator("#room").SelectOptionAsync(Frontend.Site.Schedule.NoticeForm.Online);
        await desks.PostedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = desks.Text("Schedule.Notice.Submit") }), "schedule-online");
        await Expect(page.Locator("#notice-results")).ToContainTextAsync(desks.Text("Schedule.Notices.Done"));
        return new DateTimeOffset(day.Year, day.Month, day.Day, 10, 0, 0, TimeSpan.FromHours(5));
    }
}
