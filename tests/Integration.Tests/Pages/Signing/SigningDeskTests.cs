using Microsoft.Playwright;
using Platform.Grains.Commissions;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Pages.Commission;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Signing;

/// <summary>
/// Issue 14, the head of center's signing desk (/center/{n}/signing): commissions formed by the head (P9), an appeal
/// commission refused when a member sat on the case's examination commission (P21-1, shown member by member), and the
/// desk of another center not found.
/// </summary>
[Collection(DeskCollection.Name)]
public sealed class SigningDeskTests(DeskFixture platform) : DeskPageTest(platform)
{
    [Fact]
    public async Task AnAppealCommissionSharingAMemberWithTheExaminationCommissionIsRefusedPersonByPerson()
    {
        var journey = await DeskJourney.OnExamDayAsync(World);
        await journey.AppealedAsync();
        var page = await PageAsync("head.0001", "ru", "/center/0001/signing");
        var section = page.GetByRole(AriaRole.Region, new() { Name = "Образовать апелляционную комиссию (п. 21, 21-1)" });
        await Expect(section.GetByRole(AriaRole.Table)).ToContainTextAsync("com-0001-a");
        await page.AssertAccessibleAsync();

        var id = "appeal-" + journey.CaseId[5..13];
        await section.GetByLabel("Апелляция по делу").SelectOptionAsync(journey.CaseId);
        await FillAsync(section, id, ("appeal.0001", "Сауле Демоапелляция", "Chair"), ("commission.0001.b", "Мұрат Демоасессор", "Member"), ("appeal.0001.b", "Даулет Демоэксперт", "Secretary"));
        var refused = await SubmitAsync(page, section.GetByRole(AriaRole.Button, new() { Name = "Образовать апелляционную комиссию" }));

        Assert.Equal(409, refused.Status);
        await Expect(section.GetByRole(AriaRole.Alert)).ToContainTextAsync("21-1");
        var separation = section.GetByRole(AriaRole.Table, new() { Name = "П. 21-1 по каждому члену: кто входил в экзаменационную комиссию по делу" });
        await Expect(separation.GetByRole(AriaRole.Row).Filter(new() { HasText = "commission.0001.b" })).ToContainTextAsync("входил(а) в её состав: не может быть членом (п. 21-1)");
        await Expect(separation.GetByRole(AriaRole.Row).Filter(new() { HasText = "appeal.0001.b" })).ToContainTextAsync("не входил(а) в её состав");
        Assert.Null(await World.Grains.GetGrain<ICommissionGrain>(id).Get());
        await page.AssertAccessibleAsync();

        await section.GetByLabel("Апелляция по делу").SelectOptionAsync(journey.CaseId);
        await FillAsync(section, id, ("appeal.0001", "Сауле Демоапелляция", "Chair"), ("appeal.0001.c", "Камила Демоарбитр", "Member"), ("appeal.0001.b", "Даулет Демоэксперт", "Secretary"));
        // Redirect after post: 303 to the desk, which says what was done in the form's section; one audit entry.
        Assert.Equal(303, (await SubmitAsync(page, section.GetByRole(AriaRole.Button, new() { Name = "Образовать апелляционную комиссию" }))).Status);
        await Expect(page).ToHaveURLAsync(new Uri(Site, "/center/0001/signing?done=AppealFormed").ToString());
        await Expect(section.GetByRole(AriaRole.Status)).ToContainTextAsync("Апелляционная комиссия образована (п. 21-1).");
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where subject = $1 and details->>'action' = 'commission.form'", id));
        var formed = await World.Grains.GetGrain<ICommissionGrain>(id).Get();
        Assert.Equal((CommissionKind.Appeal, journey.CaseId), (formed!.Kind, formed.CaseId));
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task TheHeadFormsAnExaminationCommissionAndAnotherCentersHeadFindsNoDesk()
    {
        var page = await PageAsync("head.0001", "kk", "/center/0001/signing");
        var section = page.GetByRole(AriaRole.Region, new() { Name = "Емтихан комиссиясын құру (9-т.)" });

        await FillAsync(section, "com-0001-b", ("commission.0001.b", "Мұрат Демоасессор", "Chair"), ("commission.0001.x", "Ержан Демомүше", "Member"));
        var refused = await SubmitAsync(page, section.GetByRole(AriaRole.Button, new() { Name = "Емтихан комиссиясын құру" }));
        Assert.Equal(409, refused.Status); // P9: one chair and at least three members
        await Expect(section.GetByRole(AriaRole.Alert)).ToContainTextAsync("9");
        await page.AssertAccessibleAsync();

        await FillAsync(section, "com-0001-b", ("commission.0001.b", "Мұрат Демоасессор", "Chair"), ("commission.0001.x", "Ержан Демомүше", "Member"), ("commission.0001.y", "Айжан Демохатшы", "Secretary"));
        Assert.Equal(303, (await SubmitAsync(page, section.GetByRole(AriaRole.Button, new() { Name = "Емтихан комиссиясын құру" }))).Status);
        await Expect(page).ToHaveURLAsync(new Uri(Site, "/center/0001/signing?done=ExamFormed").ToString());
        await Expect(section.GetByRole(AriaRole.Status)).ToContainTextAsync("Емтихан комиссиясы құрылды (9-т.).");
        await page.AssertAccessibleAsync();
        // A reload reads the desk again (no second post); the change was audited once.
        Assert.Equal(200, (await page.ReloadAsync())!.Status);
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where subject = $1 and details->>'action' = 'commission.form'", "com-0001-b"));

        // Its member reaches its desk; a member of com-0001-a only does not.
        var member = await PageAsync("commission.0001.b", "kk", "/commission/com-0001-b");
        await Expect(member.Locator("h1")).ToHaveTextAsync("Емтихан комиссиясы: бүгінгі үміткерлер");
        var outsider = await PageAsync("commission.0001.a", "kk", "/");
        Assert.Equal(404, (await outsider.GotoAsync(new Uri(Site, "/commission/com-0001-b").ToString()))!.Status);

        var otherHead = await PageAsync("head.0002", "kk", "/");
        Assert.Equal(404, (await otherHead.GotoAsync(new Uri(Site, "/center/0001/signing").ToString()))!.Status);
        await otherHead.AssertAccessibleAsync();
    }

    private static async Task FillAsync(ILocator section, string id, params (string Subject, string Name, string Role)[] members)
    {
        await section.GetByLabel(new System.Text.RegularExpressions.Regex("^(Номер комиссии|Комиссия нөмірі)$")).FillAsync(id);
        for (var i = 0; i < members.Length; i++)
        {
            var row = section.GetByRole(AriaRole.Group, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^(Член комиссии {i + 1}|{i + 1}-мүше)$") });
            await row.GetByLabel(new System.Text.RegularExpressions.Regex("^(Учётная запись|Есептік жазба)$")).FillAsync(members[i].Subject);
            await row.GetByLabel(new System.Text.RegularExpressions.Regex("^(ФИО для документов|Құжаттардағы аты-жөні)$")).FillAsync(members[i].Name);
            await row.GetByLabel(new System.Text.RegularExpressions.Regex("^(Роль|Рөлі)$")).SelectOptionAsync(members[i].Role);
        }
    }
}
