using Microsoft.Playwright;
using Platform.Domain.Procedure;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Journey;

/// <summary>
/// Issue 14, done when: appeals through the pages. The candidate appeals from their case page (their own step); the head
/// forms the appeal commission on the signing desk (P21-1); the appeal commission decides at /appeal/{id}: upheld, the
/// head then signs the certificate (P23, P18); a technical discrepancy, a new sitting from step 5 that the registrar's
/// schedule offers and notifies (P23, P6). Each test has its own world: appeal-0001-a is formed once, for one case.
/// </summary>
public sealed class AppealThroughPagesTests : BrowserTest
{
    [Fact]
    public async Task AnUpheldAppealEndsInTheCertificateSignedByTheHead()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var world = await World.Create(Almaty(2026, 3, 2, 9)).WithDemoData().WithFrontend().StartAsync();
        var desks = new StaffDesks(world, Chromium, "ru");
        const string grounds = "Вопрос 12 имел два правильных ответа; практический этап не оценён.";
        var caseId = await AppealSteps.UnderReviewAsync(desks, Chromium, grounds);

        world.Clock.SetUtcNow(world.Clock.GetUtcNow().AddHours(3));
        await AppealSteps.DecideAsync(desks, caseId, "upheld", grounds, "Вопрос 12 допускает два ответа: теоретический этап пройден.");
        var appeal = await desks.OpenAsync("appeal.0001", $"/appeal/{AppealSteps.Commission}/cases/{caseId}");
        await Expect(appeal.Locator("#decided")).ToContainTextAsync(desks.Text("Appeal.Decided.Upheld"));
        Assert.Equal(ApplicationState.AppealUpheld, (await desks.CaseAsync(caseId)).State);

        // P23: the document is issued as P18 says — the head signs it from the signing desk; /verify shows it valid.
        var serial = await desks.SignCertificateAsync(caseId, CandidateSteps.Name, "signing-certificate-appeal");
        await desks.VerifyAsync(serial, CandidateSteps.Name);

        // The candidate's case page shows the certificate.
        var mine = await CandidateSteps.CasePageAsync(desks, Chromium, caseId);
        await Expect(mine.Locator("main")).ToContainTextAsync(serial);
        await mine.AssertAccessibleAsync();
        Console.WriteLine($"{nameof(AnUpheldAppealEndsInTheCertificateSignedByTheHead)}: {started.Elapsed.TotalSeconds:0} s");
    }

    [Fact]
    public async Task ATechnicalDiscrepancyBringsANewSittingThatTheScheduleNotifies()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var world = await World.Create(Almaty(2026, 3, 2, 9)).WithDemoData().WithFrontend().StartAsync();
        var desks = new StaffDesks(world, Chromium, "kk");
        const string grounds = "Емтихан кезінде компьютер екі рет өшіп қалды, жауаптар сақталмады.";
        var caseId = await AppealSteps.UnderReviewAsync(desks, Chromium, grounds);

        world.Clock.SetUtcNow(world.Clock.GetUtcNow().AddHours(3));
        await AppealSteps.DecideAsync(desks, caseId, "technicalDiscrepancy", grounds, "Компьютер ақауы расталды: үміткерге байланысты емес.");
        var appeal = await desks.OpenAsync("appeal.0001", $"/appeal/{AppealSteps.Commission}/cases/{caseId}");
        await Expect(appeal.Locator("#resit")).ToContainTextAsync(desks.Text("Appeal.Decided.ResitNext", 2));
        var resit = await desks.CaseAsync(caseId);
        Assert.Equal((ApplicationState.ContractConcluded, 2), (resit.State, resit.Attempt));

        // P23: from step 5 again — the registrar's schedule offers the case for a new notice (P6), which the candidate sees.
        desks.NextWorkingDay();
        var startsAt = await desks.NoticeAsync(CandidateSteps.Name, "schedule-resit", desks.Text("Schedule.Reason.Resit", 2));
        var notified = await desks.CaseAsync(caseId);
        Assert.Equal((ApplicationState.ExamScheduled, startsAt, 2), (notified.State, notified.Exam!.StartsAt, notified.Attempt));
        var mine = await CandidateSteps.CasePageAsync(desks, Chromium, caseId);
        await Expect(mine.Locator($"time[datetime='{Frontend.Site.SiteFormat.Iso(startsAt)}']").First).ToBeVisibleAsync();
        await mine.AssertAccessibleAsync();
        Console.WriteLine($"{nameof(ATechnicalDiscrepancyBringsANewSittingThatTheScheduleNotifies)}: {started.Elapsed.TotalSeconds:0} s");
    }
}
