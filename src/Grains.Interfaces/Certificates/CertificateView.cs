namespace Platform.Grains.Certificates;

/// <summary>A certificate as public verification answers it: its record, its status today, its revocation if any.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Certificates.CertificateView")]
public sealed record CertificateView(
    [property: Id(0)] CertificateRecord Record,
    [property: Id(1)] CertificateStatus Status,
    [property: Id(2)] CertificateRevocation? Revocation);
