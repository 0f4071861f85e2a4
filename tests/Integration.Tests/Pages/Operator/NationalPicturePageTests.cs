using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Sittings.Live;
using static Microsoft.Playwright.Assertions;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Pages.Operator;

/// <summary>
/// <c>/operator</c> (issue 15; SPEC §1, §5): the national picture rendered by the server, then kept live over
/// /hubs/center; the drill-down to a center's live sittings, to a sitting and to its case, read-only and by case number
/// only (no name, no IIN, no key).
/// A world of its own: the live steps move the clock to the exam morning (17 March 2026).
/// </summary>
public sealed class NationalPicturePageTests : OperatorPageTest
{
    [Fact]
    public async Task ACheckInAndTheTheoryShowLiveThenTheOperatorDrillsDownToTheCenterAndTheCaseWithoutNames()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var caseId = await ScheduledAsync(world);
        var sittingId = await OpenedAsync(world, caseId);
        var page = await PageAsync(world, "operator", "kk", "/operator");
        var national = page.Locator("#national");
        var center = national.Locator("tbody tr[data-center='0001']");
        await Expect(national).ToHaveAttributeAsync("data-live", "joined");
        await Expect(national.Locator("tbody tr")).ToHaveCountAsync(2); // every center of the catalog, sittings or not
        await Expect(center.Locator("[data-field='theory']")).ToHaveTextAsync("0");
        await page.AssertAccessibleAsync();

        // P8: the candidate checks in — the operator's page shows it without a reload.
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/check-in", Candidate,
            new { methodologyAcknowledged = true, complaintAndAppealAcknowledged = true, safetyBriefingJournalEntry = (string?)null });
        await Expect(center.Locator("[data-field='checkedIn']")).ToHaveTextAsync("1");
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/identity-verified", Examiner);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/room-scan", Examiner);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/theory", Registrar);
        await Expect(center.Locator("[data-field='theory']")).ToHaveTextAsync("1");
        await Expect(center.Locator("[data-field='checkedIn']")).ToHaveTextAsync("0");
        await Expect(national.Locator("tfoot [data-field='theory']")).ToHaveTextAsync("1");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Нақты уақытта жаңартылады.");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-national-kk");

        // Without script the server renders the same picture.
        var scriptless = await PageAsync(world, "operator", "ru", "/operator", javaScript: false);
        await Expect(scriptless.Locator("#national tbody tr[data-center='0001'] [data-field='theory']")).ToHaveTextAsync("1");
        await AccessibleWithoutScriptAsync(scriptless);

        // Drill-down: the center's live dashboard, read-only, by case number (no name, no IIN, no key).
        await center.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(world.Frontend.Address, "/operator/centers/0001").ToString());
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Тікелей эфир: өзгерістер бірден көрсетіледі.");
        var sitting = page.GetByRole(AriaRole.Row, new() { Name = caseId });
        await Expect(sitting).ToContainTextAsync("Теориялық кезең өтуде");
        await Expect(sitting.Locator(".c-suspicious")).ToHaveTextAsync("0 (0)");

        // SPEC §5: the proctoring service reports a suspicious event — the operator's open page shows it, no reload.
        await world.OkAsync(HttpMethod.Post, $"/api/v1/sittings/{sittingId}/events", Proctoring, new[] { Suspicious(sittingId, world.Clock.GetUtcNow()) },
            new Dictionary<string, string> { ["X-Proctoring-Token"] = await TokenAsync(world, sittingId) });
        await Expect(sitting.Locator(".c-suspicious")).ToHaveTextAsync("1 (0)");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-center-kk");
        var candidateKey = (await world.Grains.GetGrain<Platform.Grains.Procedure.IApplicationGrain>(caseId).Get())!.CandidateKey;
        await AssertNamesNobodyAsync(page, "Демокандидатов", "Тимур", "900515300018", candidateKey);

        // …the sitting, reached by keyboard: what happened, read-only (no form, no button of the commission's actions).
        var sittingLink = sitting.GetByRole(AriaRole.Link, new() { Name = caseId });
        for (var i = 0; i < 60 && !await sittingLink.EvaluateAsync<bool>("a => a === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Uri(world.Frontend.Address, $"/operator/centers/0001/sittings/{sittingId}").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(caseId);
        var facts = page.Locator("dl.live-facts");
        await Expect(facts).ToContainTextAsync("Теориялық кезең өтуде");
        await Expect(page.Locator("section[aria-labelledby='events-title'] tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("section[aria-labelledby='warnings-title']")).ToBeVisibleAsync();
        await Expect(page.Locator("main form, main button")).ToHaveCountAsync(0);
        await AssertNamesNobodyAsync(page, "Демокандидатов", "Тимур", "900515300018", candidateKey);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-sitting-kk");

        // …and the case: its steps, deadlines and documents, never the person.
        await facts.GetByRole(AriaRole.Link, new() { Name = caseId }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(caseId);
        await Expect(page.Locator("section[aria-labelledby='documents-title']")).ToContainTextAsync("Үміткер тіркеді");
        await AssertNamesNobodyAsync(page, "Демокандидатов", "Тимур", "900515300018", candidateKey, "Diploma");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-case-kk");

        await page.ChooseLanguageAsync("ru");
        await page.KeepScreenshotAsync("operator-case-ru");
        await page.GotoAsync(new Uri(world.Frontend.Address, "/operator/centers/0001").ToString());
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("В эфире: изменения появляются сразу.");
        await page.KeepScreenshotAsync("operator-center-ru");
        await page.GotoAsync(new Uri(world.Frontend.Address, $"/operator/centers/0001/sittings/{sittingId}").ToString());
        await page.KeepScreenshotAsync("operator-sitting-ru");
        await page.SetViewportSizeAsync(360, 800);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-sitting-phone-ru");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(new Uri(world.Frontend.Address, "/operator").ToString());
        await Expect(page.Locator("#national")).ToHaveAttributeAsync("data-live", "joined");
        await page.KeepScreenshotAsync("operator-national-ru");
        await page.SetViewportSizeAsync(360, 800);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-national-phone-ru");
    }

    [Fact]
    public async Task AnUnknownCenterOrCaseIsTheOperatorsNotFoundPage()
    {
        await using var world = await World.Create(Start).WithDemoData().WithFrontend().StartAsync();
        var page = await PageAsync(world, "operator", "ru", "/operator");

        foreach (var path in new[] { "/operator/centers/9999", "/operator/centers/x", "/operator/cases/case-nosuchcase", "/operator/centers/0001/sittings/sitting-nosuch" })
        {
            var response = await page.GotoAsync(new Uri(world.Frontend.Address, path).ToString());
            Assert.Equal(404, response!.Status);
        }
    }
}
