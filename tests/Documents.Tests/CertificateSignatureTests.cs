using Platform.Documents.Signing;
using Platform.Grains.Documents;

namespace Platform.Documents.Tests;

public sealed class CertificateSignatureTests
{
    public static TheoryData<string> Tamperings() => new(Tamper.Keys);

    private static readonly Dictionary<string, Func<Certificate, Certificate>> Tamper = new()
    {
        ["serial"] = c => c with { SerialNumber = "85592-74120010-4-140325-0012-00000043" },
        ["surname"] = c => c with { Holder = c.Holder with { Surname = "Нурланова" } },
        ["patronymic"] = c => c with { Holder = c.Holder with { Patronymic = null } },
        ["profession kk"] = c => c with { Profession = c.Profession with { Kk = "Дәнекерлеуші" } },
        ["profession ru"] = c => c with { Profession = c.Profession with { Ru = "Сварщик" } },
        ["NRK level"] = c => c with { NrkLevel = 5 },
        ["center kk"] = c => c with { CenterName = c.CenterName with { Kk = "Басқа орталық" } },
        ["center ru"] = c => c with { CenterName = c.CenterName with { Ru = "Другой центр" } },
        ["issue date"] = c => c with { IssuedOn = c.IssuedOn.AddDays(1) },
        ["valid until"] = c => c with { ValidUntil = c.ValidUntil.AddYears(5) },
    };

    [Fact]
    public void ASignedCertificateVerifies()
    {
        using var verifier = TestKeys.Center.CreateVerifier();

        Assert.True(verifier.Verify(TestKeys.SignedCertificate()));
    }

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void AnyChangedPublicFieldFailsVerification(string field)
    {
        var signed = TestKeys.SignedCertificate();
        using var verifier = TestKeys.Center.CreateVerifier();

        Assert.False(verifier.Verify(Tamper[field](signed)), field);
    }

    [Fact]
    public void TheVerificationUrlIsNotPartOfTheSignature()
    {
        var signed = TestKeys.SignedCertificate();
        using var verifier = TestKeys.Center.CreateVerifier();

        Assert.True(verifier.Verify(signed with { VerificationUrl = "https://mirror.example.kz/v/1" }));
    }

    [Fact]
    public void AnotherKeysSignatureFails()
    {
        using var other = CertificateSigningKey.Generate();
        var signedByOther = new CertificateSigner(other).SignAndAttach(SampleDocuments.Certificate());
        using var verifier = TestKeys.Center.CreateVerifier();

        Assert.False(verifier.Verify(signedByOther));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64url!")]
    [InlineData("AAAA")]
    public void AMalformedSignatureFailsWithoutThrowing(string signature)
    {
        using var verifier = TestKeys.Center.CreateVerifier();

        Assert.False(verifier.Verify(SampleDocuments.Certificate(), signature));
    }

    [Fact]
    public void APrivateKeySurvivesPemExportAndImport()
    {
        var pem = TestKeys.Center.ExportPrivateKeyPem();
        using var imported = CertificateSigningKey.FromPrivateKeyPem(pem);
        var signed = new CertificateSigner(imported).SignAndAttach(SampleDocuments.Certificate());
        using var verifier = CertificateVerifier.FromPublicKeyPem(TestKeys.Center.ExportPublicKeyPem());

        Assert.Contains("BEGIN PRIVATE KEY", pem);
        Assert.Equal(TestKeys.Center.KeyId, imported.KeyId);
        Assert.True(verifier.Verify(signed));
    }

    [Fact]
    public void ThePublishedJwkVerifies()
    {
        var jwk = TestKeys.Center.ExportPublicJwk();
        using var verifier = CertificateVerifier.FromJwk(jwk);

        Assert.Contains("\"crv\":\"P-256\"", jwk);
        Assert.Contains($"\"kid\":\"{TestKeys.Center.KeyId}\"", jwk);
        Assert.DoesNotContain("\"d\"", jwk);
        Assert.True(verifier.Verify(TestKeys.SignedCertificate()));
    }

    [Fact]
    public void TheScannedQrPayloadVerifiesAgainstThePrintedFields()
    {
        var signed = TestKeys.SignedCertificate();
        var payload = CertificateQrPayload.Build(signed);
        using var verifier = TestKeys.Center.CreateVerifier();

        Assert.True(verifier.VerifyQrPayload(payload, signed with { Signature = string.Empty }));
        Assert.False(verifier.VerifyQrPayload(payload, signed with { NrkLevel = 6 }));
    }

    [Fact]
    public void AKeyOnAnotherCurveIsRefused()
    {
        using var p384 = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP384);

        Assert.Throws<ArgumentException>(() => CertificateSigningKey.FromPrivateKeyPem(p384.ExportPkcs8PrivateKeyPem()));
        Assert.Throws<ArgumentException>(() => CertificateVerifier.FromPublicKeyPem(p384.ExportSubjectPublicKeyInfoPem()));
    }

    [Fact]
    public void TheCanonicalFormListsThePublicFieldsOnePerLine()
    {
        var canonical = CertificateCanonicalForm.Of(SampleDocuments.Certificate());

        Assert.Equal(
            """
            QRP-CERT-1
            85592-74120010-4-140325-0012-00000042
            Нұрланова Әйгерім Серікқызы
            Электр жабдықтарына қызмет көрсету жөніндегі электр монтері
            Электромонтер по обслуживанию электрооборудования
            4
            «Шаһар Құрылыс» кәсіби біліктілікті тану орталығы
            Центр признания профессиональных квалификаций «Шахар Курылыс»
            2025-03-18
            2030-03-18
            """.ReplaceLineEndings("\n"),
            canonical);
    }
}
