namespace Platform.Grains.Certificates;

/// <summary>Where a recognition document stands for public verification (issue 4): expired is computed from its date.</summary>
public enum CertificateStatus
{
    Valid,
    Expired,
    Revoked,
}
