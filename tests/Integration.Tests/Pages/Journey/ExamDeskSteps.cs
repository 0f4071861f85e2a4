using Microsoft.Playwright;
using Platform.Domain.Calendar;
using Platform.Domain.Procedure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Journey;

/// <summary>
/// The examination commission's day at its desk (/commission/{id}), every step a form: the candidate's acknowledgements
/// and the safety briefing (P8), the theory result against the 70% gate (P15), the practical map step by step (P16), the
/// protocol with each member's vote (P17).
/// </summary>
public static class ExamDeskSteps
{
    /// <summary>A member's vote: the printed name and role key of the fieldset, and "passed" or "notPassed".</summary>
    public sealed record Vote(string PrintedName, string RoleKey, bool Passed);

    public static async Task RunAsync(StaffDesks desks, string account, string commission, string caseId, string candidateName, int correct, Vote[] votes)
    {
        // The day's list: the candidate by name, the link carrying no name (P8, personal data).
        var page = await desks.OpenAsync(account, $"/commission/{commission}");
        var link = page.GetByRole(AriaRole.Link, new() { Name = candidateName });
        await Expect(link).ToBeVisibleAsync();
        Assert.DoesNotContain(candidateName, await link.GetAttributeAsync("href") ?? "");
        await desks.SeenAsync(page, "commission-day");
        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith($"/commission/{commission}/cases/{caseId}", StringComparison.Ordinal));
        await Expect(page.Locator("h1")).ToHaveTextAsync(candidateName);
        await desks.SeenAsync(page, "commission-case");

        // P8 offline: the acknowledgements signed on paper and the safety briefing's journal entry.
        await page.GetByLabel(desks.Text("Commission.Start.Methodology")).CheckAsync();
        await page.GetByLabel(desks.Text("Commission.Start.Complaint")).CheckAsync();
        await page.GetByLabel(desks.Text("Commission.Start.Journal")).FillAsync("№ 3, 12");
        await desks.PostedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = desks.Text("Commission.Start.Submit") }), "commission-started");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(desks.Text("Commission.Start.Done"));
        Assert.Equal(ApplicationState.InExam, (await desks.CaseAsync(caseId)).State);

        // P15: the theory of 30 questions; P16: the map's every step performed, ticked one by one.
        await page.GetByLabel(desks.Text("Commission.Theory.Correct")).FillAsync($"{correct}");
        await page.GetByLabel(desks.Text("Commission.Theory.Total")).FillAsync("30");
        var steps = page.Locator("fieldset.map").GetByRole(AriaRole.Checkbox);
        Assert.True(await steps.CountAsync() > 1, "the practical task has a map of steps (P16)");
        foreach (var step in await steps.AllAsync())
        {
            await step.CheckAsync();
        }

        await desks.SeenAsync(page, "commission-results");
        await desks.PostedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = desks.Text("Commission.Completion.Submit") }), "commission-recorded");
        var admitted = correct * 100 > 70 * 30;
        var percent = (100.0 * correct / 30).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo(desks.Language == "kk" ? "kk-KZ" : "ru-RU"));
        await Expect(page.Locator("#theory-result")).ToContainTextAsync(desks.Text("Commission.Results.Theory", correct, 30, percent));
        await Expect(page.Locator("#theory-result")).ToContainTextAsync(desks.Text(admitted ? "Commission.Results.Admitted" : "Commission.Results.NotAdmitted", 70));
        await Expect(page.Locator("#practical-result")).ToHaveTextAsync(desks.Text(admitted ? "Commission.Results.PracticalPassed" : "Commission.Results.PracticalNotEvaluated"));
        Assert.Equal(ApplicationState.AwaitingProtocol, (await desks.CaseAsync(caseId)).State);

        // P17: signed by the members present within 2 working days after the exam day.
        var due = WorkingCalendar.Shipped().AddWorkingDays(desks.Today, 2);
        await Expect(page.Locator("#protocol-due")).ToContainTextAsync(desks.Date(due));
        foreach (var vote in votes)
        {
            var group = page.GetByRole(AriaRole.Group, new() { Name = $"{vote.PrintedName} — {desks.Text(vote.RoleKey)}", Exact = true });
            await group.GetByLabel(desks.Text(vote.Passed ? "Commission.Protocol.VotePassed" : "Commission.Protocol.VoteNotPassed"), new() { Exact = true }).CheckAsync();
        }

        await page.GetByLabel(desks.Text("Commission.Protocol.Reasons")).FillAsync($"{correct} / 30 (P15)");
        await desks.SeenAsync(page, "commission-protocol");
        await desks.PostedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = desks.Text("Commission.Protocol.Submit") }), "commission-signed");
        var yes = votes.Count(v => v.Passed);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(desks.Text(yes * 2 == votes.Length ? "Commission.ProtocolTie.Done" : "Commission.Protocol.Done"));
        Assert.Equal(yes * 2 > votes.Length ? ApplicationState.Passed : ApplicationState.NotPassed, (await desks.CaseAsync(caseId)).State);
    }
}
