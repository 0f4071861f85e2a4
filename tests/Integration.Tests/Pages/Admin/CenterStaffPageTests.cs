using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Admin;

/// <summary>
/// Issue 15, centers and staff: the administrator reads a center's profile (accreditation number, names and addresses in
/// kk and ru, the OKED of its programs), records a staff member by the identity provider's subject — a missing name
/// refused at its field (400) in Kazakh — and the head of that center, and only of that center, sees who works there.
/// </summary>
[Collection(AdminCollection.Name)]
public sealed class CenterStaffPageTests(AdminFixture platform) : AdminPageTest(platform)
{
    [Fact]
    public async Task AnAdministratorRecordsTheStaffAndTheHeadSeesIt()
    {
        var page = await PageAsync("administrator", "ru", "/admin/centers");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "№ 0001" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("admin-centers-ru");

        await page.GetByRole(AriaRole.Link, new() { Name = "№ 0001" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Центр признания № 0001", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("69202"); // the accountant program's OKED
        await page.ChooseLanguageAsync("kk");
        await page.GetByLabel("Сәйкестендіру провайдеріндегі идентификатор").FillAsync("registrar.0001");
        await page.GetByLabel("Рөлі").SelectOptionAsync("registrar");
        var refused = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Қосу", Exact = true }));
        Assert.Equal(400, refused.Status);
        await Expect(page.Locator("#name-error")).ToHaveTextAsync("Қызметкердің аты-жөнін көрсетіңіз.");
        await Expect(page.GetByLabel("Аты-жөні")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Сәйкестендіру провайдеріндегі идентификатор")).ToHaveValueAsync("registrar.0001");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Аты-жөні").FillAsync("Dana Demoregistrar");
        await page.GetByLabel("Рөлі").SelectOptionAsync("registrar");
        Assert.Equal(200, (await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Қосу", Exact = true }))).Status);
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Dana Demoregistrar" })).ToContainTextAsync("тіркеуші");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("admin-center-kk");

        var head = await PageAsync("head.0001", "kk", "/center/0001/staff");
        await Expect(head.GetByRole(AriaRole.Row, new() { Name = "Dana Demoregistrar" })).ToContainTextAsync("registrar.0001");
        await Expect(head.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Алып тастау") })).ToHaveCountAsync(0);
        await head.AssertAccessibleAsync();
        await head.KeepScreenshotAsync("admin-staff-kk");

        var other = await PageAsync("head.0002", "kk", "/");
        var response = await other.GotoAsync(new Uri(Site, "/center/0001/staff").ToString());
        Assert.Equal(404, response!.Status);
    }
}
