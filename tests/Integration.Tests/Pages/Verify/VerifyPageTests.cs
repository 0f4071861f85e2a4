using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Playwright;
using Platform.Documents.Signing;
using Platform.Frontend.Certificates;
using Platform.Frontend.Site.Verify;
using Platform.Grains.Certificates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Certificates;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Pages.Verify;

/// <summary>
/// Issue 13, <c>/verify</c>: the page a QR code opens (App.2) — status, the details as printed, and the QR signature
/// checked on the server with the published key — rendered without script in kk, ru and en.
/// </summary>
[Collection(CertificatePlatformCollection.Name)]
public sealed class VerifyPageTests(CertificatePlatformFixture platform) : BrowserTest
{
    private Uri Site => platform.World.Frontend.Address;

    [Fact]
    public async Task ScanningTheQrCodeShowsAValidCertificateWithAGenuineSignatureInThePageLanguage()
    {
        var certificate = await platform.IssueAsync();
        var page = await Chromium.NewPageAsync(new() { Locale = "en-US" });

        var response = await page.GotoAsync(QrCode(certificate, certificate.Signature));

        Assert.Equal(200, response!.Status);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Valid");
        await Expect(page.GetByRole(AriaRole.Definition).Filter(new() { HasText = Issuing.Holder })).ToBeVisibleAsync();
        await Expect(page.Locator("#signature")).ToContainTextAsync("signature is genuine");
        await page.AssertAccessibleAsync();

        await page.ChooseLanguageAsync("kk");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Жарамды");
        await Expect(page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "Бухгалтер" })).ToBeVisibleAsync();
        await Expect(page.Locator("#signature")).ToContainTextAsync("қолтаңбасы түпнұсқа");
        var issued = page.Locator($"time[datetime='{certificate.IssuedOn:yyyy-MM-dd}']");
        await Expect(issued).ToHaveTextAsync(certificate.IssuedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("kk-KZ")));
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("verify-valid-kk");
    }

    [Fact]
    public async Task ACertificatePrintedWithTheOldAddressStillOpensThePage()
    {
        var certificate = await platform.IssueAsync();
        var old = CertificateQrPayload.Build(new Uri(Site, "/verify.html?serial=" + certificate.SerialNumber).ToString(), certificate.Signature);
        var page = await Chromium.NewPageAsync(new() { Locale = "en-US" });

        await page.GotoAsync(old);

        Assert.Equal("/verify", new Uri(page.Url).AbsolutePath);
        Assert.Contains("sig=", new Uri(page.Url).Query);
        await Expect(page.Locator("#signature")).ToContainTextAsync("signature is genuine");
    }

    [Fact]
    public async Task AQrCodeWithAForgedSignatureIsFlagged()
    {
        var certificate = await platform.IssueAsync();
        var page = await Chromium.NewPageAsync(new() { Locale = "en-US" });

        await page.GotoAsync(QrCode(certificate, ForgedSignature(certificate.Signature)));

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Valid");
        await Expect(page.Locator("#signature")).ToContainTextAsync("does not match");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task ASerialTypedWrongIsExplainedAtTheFieldByTheLevelItBreaks()
    {
        const string wrong = "69202-24111001-5-170326-12-00000001";
        var page = await Chromium.NewPageAsync(new() { Locale = "ru-RU" });
        await page.GotoAsync(new Uri(Site, "/verify").ToString());

        await page.GetByLabel("Серийный номер", new() { Exact = true }).FillAsync(wrong);
        await page.GetByRole(AriaRole.Button, new() { Name = "Проверить" }).ClickAsync();

        var field = page.GetByLabel("Серийный номер", new() { Exact = true });
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#serial-error")).ToContainTextAsync("уровень 5, номер центра");
        await Expect(field).ToHaveAttributeAsync("aria-describedby", "serial-hint serial-error");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("уровень 5");
        await Expect(field).ToHaveValueAsync(wrong);
        await page.AssertAccessibleAsync();
        Assert.Equal(400, (await page.GotoAsync(new Uri(Site, "/verify?serial=" + wrong).ToString()))!.Status);
    }

    [Fact]
    public async Task ARevokedCertificateShowsTheDateAndReasonOfItsRevocation()
    {
        var certificate = await platform.IssueAsync();
        const string reason = "Свидетельство выдано на основании недостоверных документов.";
        var revoked = (await platform.World.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(certificate.SerialNumber))
            .Revoke(reason, new Actor("head.0001", Roles.HeadOfCenter, "0001")))!;
        var page = await Chromium.NewPageAsync(new() { Locale = "ru-RU", ViewportSize = new() { Width = 360, Height = 740 } });

        await page.GotoAsync(QrCode(certificate, certificate.Signature));

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Отозван");
        var revokedOn = revoked.Revocation!.RevokedOn;
        await Expect(page.Locator($"time[datetime='{revokedOn:yyyy-MM-dd}']").Last)
            .ToHaveTextAsync(revokedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("ru-RU")));
        await Expect(page.GetByRole(AriaRole.Definition).Filter(new() { HasText = reason })).ToBeVisibleAsync();
        // A revoked document's signature is still its own: the QR code is genuine, the status says it no longer counts.
        await Expect(page.Locator("#signature")).ToContainTextAsync("Подпись QR-кода подлинная");
        await page.AssertAccessibleAsync();
        await page.KeepScreenshotAsync("verify-revoked-ru");
    }

    [Fact]
    public async Task TheFormWorksByKeyboardWithoutScript()
    {
        var certificate = await platform.IssueAsync();
        var context = await Chromium.NewContextAsync(new() { Locale = "en-US", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Site, "/verify").ToString());

        await page.GetByLabel("Serial number", new() { Exact = true }).FocusAsync();
        await page.Keyboard.TypeAsync(certificate.SerialNumber);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Valid");
        await Expect(page.GetByRole(AriaRole.Definition).Filter(new() { HasText = certificate.SerialNumber })).ToBeVisibleAsync();
        // Typed, not scanned: there is no signature to check, and the page says nothing about one.
        await Expect(page.Locator("#signature")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnUnknownSerialIsNotFound()
    {
        var page = await Chromium.NewPageAsync(new() { Locale = "en-US" });

        await page.GotoAsync(new Uri(Site, "/verify?serial=69202-24111001-5-170326-0001-99999999").ToString());

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Not found");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("No recognition document with serial number 69202-24111001-5-170326-0001-99999999");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task WithoutAPublishedKeyTheSignatureIsNotCheckable()
    {
        var certificate = await platform.IssueAsync();
        var view = (await platform.World.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(certificate.SerialNumber)).Get())!;
        var production = new HostingEnvironment { EnvironmentName = "Production", ContentRootPath = RepositoryRoot.Path };
        var lookup = new CertificateLookup(platform.World.Frontend.Client, new PublishedSigningKey(new ConfigurationBuilder().Build(), production));

        Assert.Equal(SignatureCheck.NotCheckable, lookup.Check(view.Record, certificate.Signature));
    }

    private string QrCode(Certificate certificate, string signature) =>
        CertificateQrPayload.Build(new Uri(Site, "/verify?serial=" + certificate.SerialNumber).ToString(), signature);

    private static string ForgedSignature(string signature) => (signature[0] == 'A' ? "B" : "A") + signature[1..];
}
