using Platform.Documents.Signing;
using Platform.Grains.Documents;

namespace Platform.Documents.Tests;

/// <summary>A signing key shared by the tests, and the sample certificate signed with it.</summary>
public static class TestKeys
{
    public static readonly CertificateSigningKey Center = CertificateSigningKey.Generate();

    public static Certificate SignedCertificate() => new CertificateSigner(Center).SignAndAttach(SampleDocuments.Certificate());
}
