using Microsoft.Playwright;
using Platform.Domain.Procedure;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Procedure.Cases;
using Vote = Platform.Integration.Tests.Pages.Journey.ExamDeskSteps.Vote;

namespace Platform.Integration.Tests.Pages.Journey;

/// <summary>
/// From an online application to an appeal under review, every staff step in its page: the contract (P5), the offline
/// exam notice (P6), the exam at com-0001-a's desk not passed (P15, P17), the failure notice and the results handed over
/// (P19, P20) on the review page, the candidate's appeal from their case page (P20), the appeal commission formed by
/// the head (P21-1) and the appeal registered to it by the registrar (P21); then the appeal commission's decision (P22).
/// </summary>
public static class AppealSteps
{
    public const string Commission = "appeal-0001-a";

    public static async Task<string> UnderReviewAsync(StaffDesks desks, IBrowser chromium, string grounds)
    {
        var world = desks.World;
        var caseId = await CandidateSteps.ApplyAsync(world, desks.Language);
        world.Clock.SetUtcNow(Almaty(2026, 3, 3, 11));
        await desks.ContractAsync(caseId);
        world.Clock.SetUtcNow(Almaty(2026, 3, 4, 10));
        var startsAt = await desks.NoticeAsync(CandidateSteps.Name);

        // The exam day: 21 of 30 is 70%, not more — not admitted to the practical stage (P15), not passed by all three (P17).
        world.Clock.SetUtcNow(startsAt);
        await ExamDeskSteps.RunAsync(desks, "commission.0001.a", "com-0001-a", caseId, CandidateSteps.Name, 21,
            [new Vote("Гүлнар Демоэкзаменатор", "Commission.Role.Chair", false), new Vote("Мұрат Демоасессор", "Commission.Role.Member", false),
             new Vote("Әсел Демохатшы", "Commission.Role.Secretary", false)]);

        // P19: the failure notice with recommendations; P20: delivered electronically, the results are received that day —
        // the appeal window runs, and the review page offers no "results handed over on paper" form.
        world.Clock.SetUtcNow(startsAt.AddHours(4));
        var page = await desks.OpenAsync("registrar.0001", $"/center/0001/cases/{caseId}");
        await page.Locator("#failure-recommendations").FillAsync("ҚҚС есебін қайталау / Повторить учёт НДС");
        await desks.SeenAsync(page, "review-failure");
        await desks.PostedAsync(page, page.Locator("form:has(#failure-recommendations) button[type=submit]"), "review-failure-sent");
        var notified = await desks.CaseAsync(caseId);
        Assert.Equal(ApplicationState.FailureNotified, notified.State);
        Assert.Contains(notified.Deadlines, d => d.Kind == Domain.Deadlines.DeadlineKind.AppealWindow);
        await Expect(page.Locator("#results-on")).ToHaveCountAsync(0);

        // P20: the candidate appeals the next day, from their case page (their own step, in their browser).
        desks.NextWorkingDay();
        await CandidateSteps.AppealAsync(desks, chromium, caseId, grounds);

        // P21-1: the head sees which examination commission decided the case, and forms an appeal commission of others.
        var head = await desks.OpenAsync("head.0001", "/center/0001/signing");
        var section = head.GetByRole(AriaRole.Region, new() { Name = desks.Text("Signing.Appeal.Title") });
        await Expect(section.Locator("table.appeals tbody tr").Filter(new() { HasText = CandidateSteps.Name })).ToContainTextAsync("com-0001-a");
        await desks.FormAsync(Commission, appeal: true, caseId,
            [("appeal.0001", "Сәуле Демоапелляция", "Chair"), ("commission.0001.b", "Мұрат Демоасессор", "Member"), ("appeal.0001.c", "Камила Демотөреші", "Secretary")],
            shared: "commission.0001.b");
        Assert.Equal(ApplicationState.AppealFiled, (await desks.CaseAsync(caseId)).State);
        await desks.FormAsync(Commission, appeal: true, caseId,
            [("appeal.0001", "Сәуле Демоапелляция", "Chair"), ("appeal.0001.b", "Дәулет Демоқараушы", "Member"), ("appeal.0001.c", "Камила Демотөреші", "Secretary")]);

        // P21: the registrar passes the appeal to its commission from the review page.
        page = await desks.OpenAsync("registrar.0001", $"/center/0001/cases/{caseId}");
        await page.Locator("#appeal-commission").FillAsync(Commission);
        await desks.SeenAsync(page, "review-appeal");
        await desks.PostedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = desks.Text("Center.Appeal.Button") }), "review-appeal-registered");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(desks.Text("Center.Appeal.Done"));
        Assert.Equal(ApplicationState.AppealUnderReview, (await desks.CaseAsync(caseId)).State);
        return caseId;
    }

    /// <summary>P22: the three members of appeal-0001-a vote <paramref name="choice"/> ("upheld", "technicalDiscrepancy") with reasons.</summary>
    public static async Task DecideAsync(StaffDesks desks, string caseId, string choice, string grounds, string reasons)
    {
        var page = await desks.OpenAsync("appeal.0001", $"/appeal/{Commission}");
        var candidate = page.GetByRole(AriaRole.Link, new() { Name = CandidateSteps.Name });
        await desks.SeenAsync(page, "appeal-list");
        await candidate.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith($"/appeal/{Commission}/cases/{caseId}", StringComparison.Ordinal));
        await Expect(page.Locator("#grounds")).ToHaveTextAsync(grounds);
        await Expect(page.Locator("#theory-result")).ToBeVisibleAsync();
        for (var member = 0; member < 3; member++)
        {
            await page.Locator($"#vote-{member}-{choice}").CheckAsync();
        }

        await page.Locator("#reasons").FillAsync(reasons);
        await desks.SeenAsync(page, "appeal-case");
        await desks.PostedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = desks.Text("Appeal.Decision.Submit") }), "appeal-decided");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(desks.Text("Appeal.Decision.Done"));
    }
}
