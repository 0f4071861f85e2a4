using Platform.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using Platform.Domain.Identity;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Security;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Center;

/// <summary>
/// The paper application (P4) at <c>/center/{number}/applications/new</c>, without script: the person and their
/// application registered with a scan, the case then in the inbox; a bad IIN named at its field; a person registered
/// under another name refused (409) without a word about them.
/// </summary>
[Collection(CenterPagesCollection.Name)]
public sealed class PaperApplicationPageTests(CenterPagesFixture platform) : CenterPageTest(platform)
{
    [Fact]
    public async Task APaperApplicationRegisteredFromThePageAppearsInTheInbox()
    {
        var iin = SyntheticIin.For(CenterPagesFixture.NextCandidate());
        var page = await PageAsync("registrar.0001", "kk", "/center/0001/applications/new", javaScript: false);
        await AccessibleAsync(page);
        await page.KeepScreenshotAsync("center-paper-kk");

        // A bad IIN: 400, named at the field in Kazakh, nothing registered.
        await FillAsync(page, "123456789012", "Қағазова");
        var invalid = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Өтінішті тіркеу" }));
        Assert.Equal(400, invalid.Status);
        await Expect(page.Locator("#iin")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#iin-error")).ToContainTextAsync("ЖСН жарамсыз");
        await AccessibleAsync(page, invalid);

        await FillAsync(page, iin, "Қағазова");
        var scan = SampleFiles.Pdf();
        await page.Locator("#scan-Education").SetInputFilesAsync(new FilePayload { Name = "diploma.pdf", MimeType = "application/pdf", Buffer = scan });
        var registered = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Өтінішті тіркеу" }));
        // Redirect after post: 303 to the new case's review page, which says what was done; one audit entry.
        Assert.Equal(303, registered.Status);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/center/0001/cases/[^/?]+\?done=PaperNew$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Тұлға мен өтініш тіркелді.");
        var caseId = new Uri(page.Url).AbsolutePath.Split('/').Last();
        Assert.DoesNotContain(iin, page.Url, StringComparison.Ordinal);
        var view = (await World.Grains.GetGrain<IApplicationGrain>(caseId).Get())!;
        Assert.Equal(ApplicationChannel.Paper, view.Channel);
        Assert.Equal("kk", view.ExamLanguage);
        Assert.Single(view.Attachments!, a => a.Kind == AttachmentKind.Education && a.StoredAs is not null);
        await AccessibleAsync(page);

        // In the inbox among the paper applications, with the person's name.
        await page.GotoAsync(new Uri(Site, $"/center/0001?channel=paper&case={caseId["case-".Length..][..10]}").ToString());
        var row = InboxRow(page, caseId);
        await Expect(row).ToContainTextAsync("Қағазова Айжан");
        await Expect(row).ToContainTextAsync("Қағаз түрінде");

        // The same IIN under another surname: refused, telling nothing of the person registered.
        await page.GotoAsync(new Uri(Site, "/center/0001/applications/new").ToString());
        await FillAsync(page, iin, "Басқаева");
        var mismatch = await SubmitAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Өтінішті тіркеу" }));
        Assert.Equal(409, mismatch.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Бұл ЖСН бар тұлға басқа атпен тіркелген");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Қағазова");
        await AccessibleAsync(page, mismatch);
    }

    private static async Task FillAsync(IPage page, string iin, string surname)
    {
        await page.Locator("#iin").FillAsync(iin);
        await page.Locator("#surname").FillAsync(surname);
        await page.Locator("#given-name").FillAsync("Айжан");
        await page.Locator("#home-address").FillAsync("Алматы қ., Сәтбаев к-сі, 5");
        await page.Locator("#email").FillAsync("paper@example.kz");
        await page.Locator("#mobile-phone").FillAsync("+7 701 555 0101");
        await page.Locator("#consent-processing").CheckAsync();
        await page.Locator("#exam-language-kk").CheckAsync();
    }
}
