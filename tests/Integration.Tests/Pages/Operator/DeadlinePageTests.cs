using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using Platform.Domain.Deadlines;
using Platform.Grains.Procedure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Operator;

/// <summary>
/// <c>/operator/deadlines</c> (issue 15; SPEC §2): a center's obligation breached is counted by center, by kind and in
/// its month, listed with its case, and the case opens as the operator may see it — no name, no IIN.
/// </summary>
[Collection(OperatorPagesCollection.Name)]
public sealed class DeadlinePageTests(OperatorPagesFixture platform) : OperatorPageTest
{
    [Fact]
    public async Task ABreachedReviewIsCountedByCenterKindAndMonthAndLeadsToItsCase()
    {
        var world = platform.World;
        var (caseId, iin) = await ApplyAsync(world, "Мерзімбұзған");
        var review = (await world.Grains.GetGrain<IApplicationGrain>(caseId).Get())!.Deadlines.Single(d => d.Kind == DeadlineKind.CompletenessReview);
        if (world.Clock.GetUtcNow() < review.DueAt.AddMinutes(1))
        {
            world.Clock.SetUtcNow(review.DueAt.AddMinutes(1)); // P5: the center did not review within 3 working days
        }

        var page = await PageAsync(world, "operator", "ru", "/operator/deadlines");
        var byCenter = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "По центрам" }) });
        Assert.True(int.Parse(await byCenter.GetByRole(AriaRole.Row, new() { Name = "0001" }).Locator("td").Nth(1).InnerTextAsync()) >= 1);
        var byKind = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "По обязанностям" }) });
        await Expect(byKind.Locator("tr", new() { HasText = "(P5)" }).First).ToBeVisibleAsync();
        var month = page.Locator("table.trend tr", new() { HasText = review.DueAt.ToString("yyyy-MM") });
        Assert.NotEqual("0", (await month.Locator("td").Nth(1).InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();

        // Filtered as a person does: the center and "breached", then the form sent (its button's submit, as MeSteps does).
        await page.GetByLabel("Центр", new() { Exact = true }).SelectOptionAsync("0001");
        await page.GetByLabel("Состояние", new() { Exact = true }).SelectOptionAsync("breached");
        await page.Locator("form.operator-filters").EvaluateAsync("form => form.requestSubmit()");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("center=0001.*standing=breached"));
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = caseId });
        await Expect(row).ToContainTextAsync("Срок нарушен");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-deadlines-ru");

        await row.GetByRole(AriaRole.Link, new() { Name = caseId }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(caseId);
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "(P5)" }).First).ToBeVisibleAsync();
        await AssertNamesNobodyAsync(page, "Мерзімбұзған", "Айгерім", iin, (await world.Grains.GetGrain<IApplicationGrain>(caseId).Get())!.CandidateKey);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-deadline-case-ru");

        await page.GotoAsync(new Uri(world.Frontend.Address, "/operator/deadlines").ToString());
        await page.ChooseLanguageAsync("kk");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("operator-deadlines-kk");
    }

    [Fact]
    public async Task AnAdministratorFollowsTheBoardsLinkToTheCaseAndSeesWhatTheOperatorSeesReadOnly()
    {
        var world = platform.World;
        var (caseId, iin) = await ApplyAsync(world, "Әкімшікөрген");
        var review = (await world.Grains.GetGrain<IApplicationGrain>(caseId).Get())!.Deadlines.Single(d => d.Kind == DeadlineKind.CompletenessReview);
        if (world.Clock.GetUtcNow() < review.DueAt.AddMinutes(1))
        {
            world.Clock.SetUtcNow(review.DueAt.AddMinutes(1)); // P5 breached: the case is on the board
        }

        // The board is shown to administrators (the operator's policy), so the link it gives them must open.
        var page = await PageAsync(world, "administrator", "en", "/operator/deadlines?center=0001&standing=breached");
        var link = page.GetByRole(AriaRole.Row).Filter(new() { HasText = caseId }).GetByRole(AriaRole.Link, new() { Name = caseId });
        var response = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(), r => r.Url.EndsWith($"/operator/cases/{caseId}", StringComparison.Ordinal));
        Assert.Equal(200, response.Status); // before: 404, the operator's door only
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(caseId);
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "(P5)" }).First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main form").CountAsync()); // read-only: nothing to act with
        await AssertNamesNobodyAsync(page, "Әкімшікөрген", iin, (await world.Grains.GetGrain<IApplicationGrain>(caseId).Get())!.CandidateKey);
        await page.AssertAccessibleAsync();
    }
}
