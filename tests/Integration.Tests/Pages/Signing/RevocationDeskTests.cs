using Microsoft.Playwright;
using Platform.Grains.Certificates;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Pages.Commission;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Signing;

/// <summary>
/// Issue 14: the head revokes a certificate of the center from the signing desk — found by candidate and case, with the
/// reason and a confirmation, each missing one named at its field (400) — and public verification then answers
/// "revoked"; the head of another center finds no desk to do it from.
/// </summary>
[Collection(DeskCollection.Name)]
public sealed class RevocationDeskTests(DeskFixture platform) : DeskPageTest(platform)
{
    private const string Section = "Отозвать свидетельство";

    [Fact]
    public async Task TheHeadRevokesACertificateFromTheDeskAndVerificationSaysRevoked()
    {
        var serial = await IssuedAsync();
        var page = await PageAsync("head.0001", "ru", "/center/0001/signing");
        var section = page.GetByRole(AriaRole.Region, new() { Name = Section });
        await Expect(section.GetByLabel("Свидетельство (кандидат, дело, программа, номер)")).ToContainTextAsync(serial);
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("signing-revocation-ru");

        // Bad input: no reason (spaces only) and no confirmation — each named at its field, 400; nothing revoked.
        await section.GetByLabel("Свидетельство (кандидат, дело, программа, номер)").SelectOptionAsync(_caseId);
        await section.GetByLabel("Причина отзыва").FillAsync("   ");
        Assert.Equal(400, (await SubmitAsync(page, section.GetByRole(AriaRole.Button, new() { Name = "Отозвать свидетельство" }))).Status);
        await Expect(page.Locator("#revocation-reason-error")).ToHaveTextAsync("Укажите причину отзыва.");
        await Expect(page.Locator("#revocation-confirm-error")).ToHaveTextAsync("Подтвердите отзыв.");
        await Expect(page.Locator("#revocation-reason")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(CertificateStatus.Valid, (await CertificateAsync(serial))!.Status);
        await page.AssertAccessibleAsync();

        section = page.GetByRole(AriaRole.Region, new() { Name = Section });
        await section.GetByLabel("Свидетельство (кандидат, дело, программа, номер)").SelectOptionAsync(_caseId);
        await section.GetByLabel("Причина отзыва").FillAsync("Выдано по подложному диплому");
        await section.GetByLabel("Подтверждаю отзыв этого свидетельства; отменить его нельзя.").CheckAsync();
        Assert.Equal(303, (await SubmitAsync(page, section.GetByRole(AriaRole.Button, new() { Name = "Отозвать свидетельство" }))).Status);
        await Expect(page).ToHaveURLAsync(new Uri(Site, "/center/0001/signing?done=Revoked").ToString());
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = Section }).GetByRole(AriaRole.Status)).ToContainTextAsync("Свидетельство отозвано");
        Assert.Equal(1L, await World.ScalarAsync<long>("select count(*) from audit_log where subject = $1 and details->>'action' = 'certificate.revoke'", serial));
        var revoked = await CertificateAsync(serial);
        Assert.Equal((CertificateStatus.Revoked, "Выдано по подложному диплому"), (revoked!.Status, revoked.Revocation!.Reason));
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = Section }).Locator($"option[value='{_caseId}']")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        var verify = await PageAsync("head.0001", "ru", "/verify?serial=" + serial);
        await Expect(verify.GetByRole(AriaRole.Status)).ToContainTextAsync("Отозван");
        await verify.AssertAccessibleAsync();

        await page.ChooseLanguageAsync("kk");
        await page.GotoAsync(new Uri(Site, "/center/0001/signing").ToString());
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Куәлікті кері қайтарып алу" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("signing-revocation-kk");
        await page.SetViewportSizeAsync(360, 800); // a phone
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("signing-revocation-phone-kk");

        var otherHead = await PageAsync("head.0002", "ru", "/");
        Assert.Equal(404, (await otherHead.GotoAsync(new Uri(Site, "/center/0001/signing").ToString()))!.Status);
    }

    private string _caseId = "";

    /// <summary>Setup through the API: an offline exam passed (P15-P17) and its certificate issued by the head (P18); its serial.</summary>
    private async Task<string> IssuedAsync()
    {
        var journey = await DeskJourney.OnExamDayAsync(World, "ru");
        _caseId = journey.CaseId;
        await journey.StartedAsync();
        await journey.CompletedAsync(27, true);
        await World.OkAsync(HttpMethod.Post, $"{journey.Desk}/protocol", "commission.0001.c", new
        {
            votes = new[]
            {
                new { subject = "commission.0001.a", choice = "passed" },
                new { subject = "commission.0001.b", choice = "passed" },
                new { subject = "commission.0001.c", choice = "passed" },
            },
        });
        await World.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{journey.CaseId}/certificate", "head.0001");
        var view = await World.EventuallyAsync(() => World.Grains.GetGrain<IApplicationGrain>(journey.CaseId).Get(), v => v?.CertificateSerial is not null, "the certificate is issued");
        return view!.CertificateSerial!;
    }

    private Task<CertificateView?> CertificateAsync(string serial) => World.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(serial)).Get();
}
