using Microsoft.Playwright;
using Platform.Documents.Signing;
using Platform.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Platform.Integration.Tests.Certificates;

/// <summary>The page a QR code opens (App.2): the certificate's status and details, and its signature checked in the browser.</summary>
[Collection(CertificatePlatformCollection.Name)]
public sealed class VerifyPageTests(CertificatePlatformFixture platform) : BrowserTest
{

    [Fact]
    public async Task ScanningTheQrCodeShowsAValidCertificateWithAGenuineSignature()
    {
        var certificate = await platform.IssueAsync();
        var qr = CertificateQrPayload.Build(new Uri(platform.World.Frontend!.Address, "/verify.html?serial=" + certificate.SerialNumber).ToString(), certificate.Signature);
        var page = await Chromium.NewPageAsync(new() { Locale = "en-US" });

        await page.GotoAsync(qr);

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Valid");
        await Expect(page.GetByRole(AriaRole.Definition).Filter(new() { HasText = Issuing.Holder })).ToBeVisibleAsync();
        await Expect(page.Locator("#signature")).ToContainTextAsync("signature is genuine");

        await page.GetByRole(AriaRole.Button, new() { Name = "Қазақша" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Жарамды");
        await Expect(page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "Бухгалтер" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ASerialTypedWrongIsExplainedByTheLevelItBreaks()
    {
        var page = await Chromium.NewPageAsync(new() { Locale = "ru-RU" });
        await page.GotoAsync(new Uri(platform.World.Frontend!.Address, "/verify.html").ToString());

        await page.GetByLabel("Серийный номер").FillAsync("69202-24111001-5-170326-12-00000001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Проверить" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("уровень 5");
    }

    [Fact]
    public async Task AQrCodeWithAForgedSignatureIsFlagged()
    {
        var certificate = await platform.IssueAsync();
        var url = new Uri(platform.World.Frontend!.Address, "/verify.html?serial=" + certificate.SerialNumber).ToString();
        var page = await Chromium.NewPageAsync(new() { Locale = "en-US" });

        await page.GotoAsync(CertificateQrPayload.Build(url, ForgedSignature(certificate.Signature)));

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Valid");
        await Expect(page.Locator("#signature")).ToContainTextAsync("does not match");
    }

    private static string ForgedSignature(string signature) => (signature[0] == 'A' ? "B" : "A") + signature[1..];
}
