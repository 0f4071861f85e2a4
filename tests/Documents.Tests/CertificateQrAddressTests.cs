using Platform.Documents.Signing;
using Platform.Grains.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;

namespace Platform.Documents.Tests;

/// <summary>
/// The certificate's QR code opens the verification page, <c>/verify?serial=…</c>, under the platform's configured
/// public address (<c>Platform:PublicBaseUrl</c>), whatever address was stamped on the certificate when it was sealed.
/// </summary>
public sealed class CertificateQrAddressTests
{
    private const string Serial = "85592-74120010-4-140325-0012-00000042";
    private const string PublicBase = "https://qrp.enbek.kz";

    /// <summary>What a certificate sealed before the verify page moved carries.</summary>
    private const string StaleStamp = "http://127.0.0.1:5080/verify.html?serial=" + Serial;

    [Theory]
    [InlineData("https://qrp.enbek.kz", "https://qrp.enbek.kz/verify?serial=" + Serial)]
    [InlineData("https://qrp.enbek.kz/", "https://qrp.enbek.kz/verify?serial=" + Serial)]
    [InlineData("https://enbek.kz/qrp/", "https://enbek.kz/qrp/verify?serial=" + Serial)]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/verify?serial=" + Serial)]
    public void TheAddressIsTheVerifyPageUnderThePublicBase(string publicBase, string expected)
    {
        Assert.Equal(expected, CertificateVerificationAddress.For(publicBase, Serial));
    }

    [Theory]
    [InlineData("qrp.enbek.kz")]
    [InlineData("/verify")]
    [InlineData("ftp://qrp.enbek.kz")]
    [InlineData("https://qrp.enbek.kz/?x=1")]
    [InlineData("")]
    public void APublicBaseThatIsNotAnAbsoluteWebAddressIsRefused(string publicBase)
    {
        Assert.Throws<ArgumentException>(() => CertificateVerificationAddress.For(publicBase, Serial));
    }

    [Fact]
    public void TheSerialIsEscapedInTheQuery()
    {
        Assert.Equal("https://qrp.enbek.kz/verify?serial=a%26b%20c", CertificateVerificationAddress.For(PublicBase, "a&b c"));
    }

    [Fact]
    public void TheQrPayloadUsesTheConfiguredAddressAndStillVerifies()
    {
        var certificate = StaleCertificate();

        var payload = CertificateQrPayload.Build(certificate, PublicBase + "/");

        Assert.Equal($"{PublicBase}/verify?serial={Serial}&sig={certificate.Signature}", payload);
        Assert.True(CertificateQrPayload.TryParse(payload, out var url, out var signature));
        Assert.Equal((PublicBase + "/verify?serial=" + Serial, certificate.Signature), (url, signature));
        using var verifier = CertificateVerifier.FromPublicKeyPem(TestKeys.Center.ExportPublicKeyPem());
        Assert.True(verifier.VerifyQrPayload(payload, certificate with { Signature = "" }));
    }

    [Theory]
    [InlineData(DocumentLanguage.Kk)]
    [InlineData(DocumentLanguage.Ru)]
    public void TheRenderedQrOpensTheConfiguredAddressNotTheStampedOne(DocumentLanguage language)
    {
        var stale = StaleCertificate();
        var expected = $"{PublicBase}/verify?serial={Serial}&sig={stale.Signature}";

        var pdf = DocumentRenderer.RenderPdf(SampleDocuments.Issue(stale), language, PublicBase);

        // The QR image is the one made for the configured address: the same as for a certificate stamped with it.
        var stampedWithIt = DocumentRenderer.RenderPdf(SampleDocuments.Issue(stale with { VerificationUrl = $"{PublicBase}/verify?serial={Serial}" }), language);
        var stampedStale = DocumentRenderer.RenderPdf(SampleDocuments.Issue(stale), language);
        Assert.Equal(QrImage(stampedWithIt), QrImage(pdf));
        Assert.NotEqual(QrImage(stampedStale), QrImage(pdf));
        Assert.Equal([expected], Links(pdf));
        Assert.Equal([$"{StaleStamp}&sig={stale.Signature}"], Links(stampedStale));
    }

    [Fact]
    public void TheQrLinkCoversTheQrImage()
    {
        using var document = PdfDocument.Open(DocumentRenderer.RenderPdf(SampleDocuments.Issue(StaleCertificate()), DocumentLanguage.Kk, PublicBase));
        var page = document.GetPage(1);

        var image = Assert.Single(page.GetImages()).BoundingBox;
        var link = Assert.Single(page.GetAnnotations()).Rectangle;
        Assert.Equal((image.Left, image.Bottom, image.Right, image.Top), (link.Left, link.Bottom, link.Right, link.Top), Near);
    }

    private static readonly IEqualityComparer<(double, double, double, double)> Near = EqualityComparer<(double, double, double, double)>.Create(
        (a, b) => Math.Abs(a.Item1 - b.Item1) < 0.5 && Math.Abs(a.Item2 - b.Item2) < 0.5 && Math.Abs(a.Item3 - b.Item3) < 0.5 && Math.Abs(a.Item4 - b.Item4) < 0.5);

    private static Certificate StaleCertificate() =>
        new CertificateSigner(TestKeys.Center).SignAndAttach(SampleDocuments.Certificate() with { VerificationUrl = StaleStamp });

    private static byte[] QrImage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Assert.Single(document.GetPage(1).GetImages()).RawBytes.ToArray();
    }

    private static string[] Links(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(1).GetAnnotations().Select(a => a.Action).OfType<UriAction>().Select(a => a.Uri).ToArray();
    }
}
