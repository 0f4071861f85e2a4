using Microsoft.Playwright;
using Platform.Domain.Procedure;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Pages.Me;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Journey;

/// <summary>
/// Issue 14, done when: a reschedule after a sick leave (P7). The candidate reports their temporary incapacity and hands
/// in the copy of the sick-leave sheet from their case page (their own steps); the registrar records the sheet received
/// and sets the new date from the schedule page; the candidate's case page shows the new date in Almaty time.
/// </summary>
public sealed class RescheduleJourneyTests : BrowserTest
{
    [Fact]
    public async Task AfterTheSickLeaveSheetTheRegistrarReschedulesAndTheCandidateSeesTheNewDate()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var world = await World.Create(Almaty(2026, 3, 2, 9)).WithDemoData().WithFrontend().StartAsync();
        var desks = new StaffDesks(world, Chromium, "ru");
        var caseId = await CandidateSteps.ApplyAsync(world, "ru");
        world.Clock.SetUtcNow(Almaty(2026, 3, 3, 11));
        await desks.ContractAsync(caseId);
        world.Clock.SetUtcNow(Almaty(2026, 3, 4, 10));
        var first = await desks.NoticeAsync(CandidateSteps.Name);

        // The candidate reads the date, then falls ill before the exam and says so, then hands in the sheet (P7).
        world.Clock.SetUtcNow(first.AddDays(-2));
        var mine = await CandidateSteps.CasePageAsync(desks, Chromium, caseId);
        await Expect(mine.Locator(".case-now dl.facts time")).ToHaveAttributeAsync("datetime", Frontend.Site.SiteFormat.Iso(first));
        Assert.Equal(200, await StaffDesks.SubmitAsync(mine, mine.GetByRole(AriaRole.Button, new() { Name = desks.Text("Case.SickLeave.Button") })));
        await Expect(mine.Locator("main")).ToContainTextAsync(desks.Text("Case.SickLeave.Done"));
        await mine.AssertAccessibleAsync();
        await mine.Locator("#sheet-file").SetInputFilesAsync(MeSteps.Pdf("sick-leave.pdf"));
        Assert.Equal(200, await StaffDesks.SubmitAsync(mine, mine.GetByRole(AriaRole.Button, new() { Name = desks.Text("Case.SickLeave.SheetButton") })));
        await Expect(mine.Locator("main")).ToContainTextAsync(desks.Text("Case.SickLeave.SheetHandedIn"));
        await mine.AssertAccessibleAsync();

        // The registrar records the sheet received on the schedule page; the case then waits for its new date.
        var page = await desks.OpenAsync("registrar.0001", "/center/0001/schedule");
        var sheet = page.GetByRole(AriaRole.Button, new() { Name = desks.Text("Schedule.Sheet.SubmitFor", CandidateSteps.Name) });
        await desks.SeenAsync(page, "schedule-sheet");
        await desks.PostedAsync(page, sheet, "schedule-sheet-received");
        await Expect(page.Locator("#sheet-outcome")).ToContainTextAsync(desks.Text("Schedule.Sheet.Done"));
        Assert.True((await desks.CaseAsync(caseId)).SickLeaveSheetReceived);
        var row = page.Locator("table.waiting tbody tr").Filter(new() { HasText = CandidateSteps.Name });
        await Expect(row).ToContainTextAsync(desks.Text("Schedule.Reason.SickLeave"));

        // The new date from the schedule (P7: the center assigns it), the notice sent; the candidate's page shows it.
        var second = await desks.NoticeAsync(CandidateSteps.Name, "schedule-reschedule", desks.Text("Schedule.Reason.SickLeave"));
        Assert.NotEqual(first, second);
        var view = await desks.CaseAsync(caseId);
        Assert.Equal((ApplicationState.ExamScheduled, second), (view.State, view.Exam!.StartsAt));
        await mine.ReloadAsync();
        var when = mine.Locator(".case-now dl.facts time");
        await Expect(when).ToHaveAttributeAsync("datetime", Frontend.Site.SiteFormat.Iso(second));
        await Expect(when).ToHaveTextAsync(TextAt(second));
        await mine.AssertAccessibleAsync();
        await mine.KeepScreenshotAsync("journey-case-rescheduled-ru");
        Console.WriteLine($"{nameof(AfterTheSickLeaveSheetTheRegistrarReschedulesAndTheCandidateSeesTheNewDate)}: {started.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>The exam's start as the Russian page writes it, in Almaty time (UTC+5).</summary>
    private static System.Text.RegularExpressions.Regex TextAt(DateTimeOffset at)
    {
        var almaty = at.ToOffset(TimeSpan.FromHours(5));
        return new(System.Text.RegularExpressions.Regex.Escape(almaty.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))) + ".*" + almaty.ToString("HH:mm"));
    }
}
