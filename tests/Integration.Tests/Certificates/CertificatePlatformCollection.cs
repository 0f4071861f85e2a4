namespace Platform.Integration.Tests.Certificates;

/// <summary>The certificate API, NSK and page tests that share one <see cref="CertificatePlatformFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class CertificatePlatformCollection : ICollectionFixture<CertificatePlatformFixture>
{
    public const string Name = "certificates";
}
