namespace Platform.Grains.Certificates;

[GenerateSerializer, Alias("Platform.Grains.Certificates.CertificateState")]
public sealed class CertificateState
{
    [Id(0)] public CertificateRecord? Record { get; set; }

    [Id(1)] public CertificateRevocation? Revocation { get; set; }
}
