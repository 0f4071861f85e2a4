using Platform.Documents.Signing;
using Platform.Grains.Documents;
using UglyToad.PdfPig;

namespace Platform.Documents.Tests;

public sealed class CertificateRenderingTests
{
    [Fact]
    public void TheQrPayloadIsTheVerificationUrlWithTheSignature()
    {
        var certificate = TestKeys.SignedCertificate();

        var payload = CertificateQrPayload.Build(certificate);

        Assert.Equal($"{certificate.VerificationUrl}&sig={certificate.Signature}", payload);
        Assert.True(CertificateQrPayload.TryParse(payload, out var url, out var signature));
        Assert.Equal(certificate.VerificationUrl, url);
        Assert.Equal(certificate.Signature, signature);
    }

    [Fact]
    public void AUrlWithAQueryGetsTheSignatureAsAnotherParameter()
    {
        Assert.Equal("https://x.kz/v?s=1&sig=abc", CertificateQrPayload.Build("https://x.kz/v?s=1", "abc"));
    }

    [Theory]
    [InlineData(DocumentLanguage.Kk)]
    [InlineData(DocumentLanguage.Ru)]
    public void TheCertificateIsOneLandscapePageWithTheQrImage(DocumentLanguage language)
    {
        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(TestKeys.SignedCertificate()), language);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(1, document.NumberOfPages);
        var page = document.GetPage(1);
        Assert.True(page.Width > page.Height);
        Assert.Single(page.GetImages());
    }

    [Fact]
    public void TheCertificateCarriesBothTitlesAndBothProfessionNames()
    {
        var text = PdfText.Compact(PdfText.All(DocumentRenderer.RenderPdf(SampleDocuments.Issue(TestKeys.SignedCertificate()), DocumentLanguage.Kk)));

        Assert.Contains(PdfText.Compact("КӘСІБИ БІЛІКТІЛІКТІ ТАНУ ТУРАЛЫ ҚҰЖАТ"), text);
        Assert.Contains(PdfText.Compact("ДОКУМЕНТ О ПРИЗНАНИИ ПРОФЕССИОНАЛЬНОЙ КВАЛИФИКАЦИИ"), text);
        Assert.Contains(PdfText.Compact(SampleDocuments.Profession.Kk), text);
        Assert.Contains(PdfText.Compact(SampleDocuments.Profession.Ru), text);
    }
}
