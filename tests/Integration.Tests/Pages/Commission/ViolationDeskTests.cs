using Microsoft.Playwright;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Commission;

/// <summary>
/// Issue 14, P12-P14 offline on the commission's desk: a first violation brings an oral warning and a repeated one the
/// removal, each in a violation act signed by the members ticked from the commission's membership and kept in the
/// candidate's personal file; a removal before a warning is refused under P13; bad input is named at its field.
/// </summary>
[Collection(DeskCollection.Name)]
public sealed class ViolationDeskTests(DeskFixture platform) : DeskPageTest(platform)
{
    private const string Section = "Нарушение на экзамене (п. 13, 14)";

    [Fact]
    public async Task AnOfflineViolationIsWarnedThenRemovedWithSignedActsInThePersonalFile()
    {
        var journey = await DeskJourney.OnExamDayAsync(World, "ru");
        await journey.StartedAsync();
        var page = await PageAsync("commission.0001.a", "ru", $"/commission/com-0001-a/cases/{journey.CaseId}");
        var section = page.GetByRole(AriaRole.Region, new() { Name = Section });
        await Expect(section.GetByLabel("Первое нарушение: устное предупреждение")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();

        // Bad input: nothing described (spaces only) and no member ticked — both named at their fields, 400.
        await section.GetByLabel("Что зафиксировано").FillAsync("   ");
        await section.GetByLabel("Гүлнар Демоэкзаменатор — председатель").UncheckAsync();
        var invalid = await SubmitAsync(page, section.GetByRole(AriaRole.Button, new() { Name = "Составить и подписать акт о нарушении" }));
        Assert.Equal(400, invalid.Status);
        await Expect(page.Locator("#act-observed-error")).ToHaveTextAsync("Опишите, что зафиксировано.");
        await Expect(page.Locator("#act-observed")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#act-signatories-error")).ToHaveTextAsync("Отметьте хотя бы одного члена комиссии, подписывающего акт.");
        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Опишите, что зафиксировано.");
        await page.AssertAccessibleAsync();

        // P13: a removal comes after an oral warning; before it, refused (409) with the rule.
        section = page.GetByRole(AriaRole.Region, new() { Name = Section });
        await section.GetByLabel("Повторное нарушение: отстранение от экзамена").CheckAsync();
        await section.GetByLabel("Что зафиксировано").FillAsync("Мобильный телефон в руке");
        var refused = await SubmitAsync(page, section.GetByRole(AriaRole.Button, new() { Name = "Составить и подписать акт о нарушении" }));
        Assert.Equal(409, refused.Status);
        await Expect(page.Locator("#outcome")).ToContainTextAsync("13");
        Assert.Empty(await ActsAsync(journey));

        // P13, P14: the oral warning, its act signed by two members ticked from the commission.
        section = page.GetByRole(AriaRole.Region, new() { Name = Section });
        await section.GetByLabel("Первое нарушение: устное предупреждение").CheckAsync();
        await section.GetByLabel("Что зафиксировано").FillAsync("Мобильный телефон в руке во время теоретического этапа");
        await section.GetByLabel("Мұрат Демоасессор — член комиссии").CheckAsync();
        Assert.Equal(303, (await SubmitAsync(page, section.GetByRole(AriaRole.Button, new() { Name = "Составить и подписать акт о нарушении" }))).Status);
        await Expect(page).ToHaveURLAsync(new Uri(Site, $"/commission/com-0001-a/cases/{journey.CaseId}?done=Warned").ToString());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Кандидат предупреждён устно");
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where subject = $1 and details->>'action' = 'case.violation-act'", journey.CaseId));
        var warned = Assert.Single(await ActsAsync(journey));
        Assert.Equal(ViolationActOutcome.Warned, warned.Outcome);
        Assert.Equal(["Гүлнар Демоэкзаменатор", "Мұрат Демоасессор"], warned.Members.Select(m => m.FullName).Order());
        Assert.All(warned.Members, m => Assert.Equal(DeskJourney.Today(World), m.SignedOn));
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Акты о нарушении в личном деле (п. 14)" })).ToContainTextAsync("Мобильный телефон в руке");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("commission-violation-ru");

        // The repeated violation: the removal is now proposed, its act filed, and the results form ends the exam "removed".
        section = page.GetByRole(AriaRole.Region, new() { Name = Section });
        await Expect(section.GetByLabel("Повторное нарушение: отстранение от экзамена")).ToBeCheckedAsync();
        await section.GetByLabel("Что зафиксировано").FillAsync("Снова мобильный телефон, на практическом этапе");
        await section.GetByLabel("Этап").SelectOptionAsync("practical");
        Assert.Equal(303, (await SubmitAsync(page, section.GetByRole(AriaRole.Button, new() { Name = "Составить и подписать акт о нарушении" }))).Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Кандидат отстранён от экзамена");
        var acts = await ActsAsync(journey);
        Assert.Equal([ViolationActOutcome.Warned, ViolationActOutcome.Removed], acts.Select(a => a.Outcome));
        Assert.Equal(warned.WarningDeliveredAt, acts[1].WarningDeliveredAt);
        await Expect(page.Locator("#end-removed")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();

        await page.ChooseLanguageAsync("kk");
        await page.GotoAsync(new Uri(Site, $"/commission/com-0001-a/cases/{journey.CaseId}").ToString());
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Жеке істегі бұзушылық туралы актілер (14-т.)" })).ToContainTextAsync("Қайталанған бұзушылық: емтиханнан шеттету");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("commission-violation-kk");
    }

    [Fact]
    public async Task TheViolationActIsDrawnUpByKeyboardAlone()
    {
        var journey = await DeskJourney.OnExamDayAsync(World, "ru");
        await journey.StartedAsync();
        var page = await PageAsync("commission.0001.b", "ru", $"/commission/com-0001-a/cases/{journey.CaseId}");
        var section = page.GetByRole(AriaRole.Region, new() { Name = Section });

        await section.GetByLabel("Что зафиксировано").FocusAsync();
        await page.Keyboard.TypeAsync("Наушники в ушах");
        for (var i = 0; i < 12 && await page.EvaluateAsync<string>("() => document.activeElement?.textContent ?? ''") != "Составить и подписать акт о нарушении"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var response = await page.RunAndWaitForResponseAsync(() => page.Keyboard.PressAsync("Enter"), r => r.Request.Method == "POST");
        Assert.Equal(303, response.Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Кандидат предупреждён устно");
        var act = Assert.Single(await ActsAsync(journey));
        Assert.Equal("Мұрат Демоасессор", Assert.Single(act.Members).FullName);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task TheApiDrawsUpAnOfflineActSignedOnlyByMembersOfTheCommission()
    {
        var journey = await DeskJourney.OnExamDayAsync(World, "ru");
        await journey.StartedAsync();
        var url = $"{journey.Desk}/violation-act";

        // A signatory who is not a member of com-0001-a: 400, nothing filed.
        using (var stranger = await World.SendAsync(HttpMethod.Post, url, "commission.0001.a",
            new { outcome = "warned", stage = "theory", observed = "Телефон", signatories = new[] { "commission.0001.a", "appeal.0001" } }, new Dictionary<string, string>()))
        {
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, stranger.StatusCode);
        }

        // P13: no removal before the oral warning.
        using (var early = await World.SendAsync(HttpMethod.Post, url, "commission.0001.a",
            new { outcome = "removed", stage = "theory", observed = "Телефон", signatories = new[] { "commission.0001.a" } }, new Dictionary<string, string>()))
        {
            Assert.False(early.IsSuccessStatusCode);
            Assert.Contains("13", await early.Content.ReadAsStringAsync());
        }

        Assert.Empty(await ActsAsync(journey));
        await World.OkAsync(HttpMethod.Post, url, "commission.0001.b",
            new { outcome = "warned", stage = "practical", observed = "Смарт-часы на руке", signatories = new[] { "commission.0001.b", "commission.0001.a" } });
        var act = Assert.Single(await ActsAsync(journey));
        Assert.Equal((ViolationActOutcome.Warned, "practical", "Смарт-часы на руке"), (act.Outcome, act.Stage, act.Observed));
        Assert.Equal(["Гүлнар Демоэкзаменатор", "Мұрат Демоасессор"], act.Members.Select(m => m.FullName));
    }

    private async Task<IReadOnlyList<ViolationAct>> ActsAsync(DeskJourney journey)
    {
        var view = await World.Grains.GetGrain<Platform.Grains.Procedure.IApplicationGrain>(journey.CaseId).Get();
        var candidate = World.Grains.GetGrain<ICandidateGrain>(view!.CandidateKey);
        var acts = new List<ViolationAct>();
        foreach (var header in (await candidate.GetPersonalFile()).Where(d => d.CaseReference == journey.CaseId && d.Kind == DocumentKind.ViolationAct).OrderBy(d => d.IssuedAt))
        {
            acts.Add((ViolationAct)(await candidate.GetDocument(header.DocumentId))!.Content);
        }

        return acts;
    }
}
