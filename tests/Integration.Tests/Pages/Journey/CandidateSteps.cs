using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Journey;

/// <summary>
/// The candidate's own steps (the only API calls of the journeys): candidate.1 gives their details (App.1) and applies
/// online to center 0001 (P4); and their case page in a browser of their own, where they file an appeal or report
/// a sick leave and read the dates the center set.
/// </summary>
public static class CandidateSteps
{
    public const string Account = "candidate.1";

    public const string Name = "Демокандидатов Тимур Ержанұлы";

    /// <summary>candidate.1 applies online (accountant, NRK 5, the exam in <paramref name="language"/>); answers the case.</summary>
    public static async Task<string> ApplyAsync(World world, string language)
    {
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", Account, new
        {
            iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = "Ержанұлы",
            homeAddress = "Алматы, Сейфуллин к-сі, 10", email = "timur@example.kz", mobilePhone = "+7 701 000 0001",
            workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
        });
        var applied = await world.OkAsync(HttpMethod.Post, "/api/v1/cases", Account, new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, personalDataConsent = true, examLanguage = language,
            attachments = new[] { new { kind = "education", title = "Диплом", storedAs = (string?)null } },
        });
        return applied.GetProperty("caseId").GetString()!;
    }

    /// <summary>The candidate's case page, signed in as candidate.1 in the desks' language.</summary>
    public static async Task<IPage> CasePageAsync(StaffDesks desks, IBrowser chromium, string caseId)
    {
        var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.SignInAsync(desks.Site, Account, "/");
        await page.GotoAsync(new Uri(desks.Site, $"/language/{desks.Language}?returnUrl=%2F").ToString());
        Assert.Equal(200, (await page.GotoAsync(new Uri(desks.Site, $"/me/cases/{caseId}").ToString()))!.Status);
        return page;
    }

    /// <summary>P20: the candidate files the appeal with its grounds from the case page.</summary>
    public static async Task AppealAsync(StaffDesks desks, IBrowser chromium, string caseId, string grounds)
    {
        var page = await CasePageAsync(desks, chromium, caseId);
        await Expect(page.Locator("#appeal")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#appeal textarea").FillAsync(grounds);
        Assert.Equal(200, await StaffDesks.SubmitAsync(page, page.Locator("#appeal button[type=submit]")));
        await Expect(page.Locator("main")).ToContainTextAsync(desks.Text("Case.Appeal.Done"));
        await page.AssertAccessibleAsync();
        Assert.Equal(Domain.Procedure.ApplicationState.AppealFiled, (await desks.CaseAsync(caseId)).State);
    }
}
