namespace Platform.Grains.Certificates;

/// <summary>Why and when a certificate was revoked, and by whom (the token's subject and role, never a name).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Certificates.CertificateRevocation")]
public sealed record CertificateRevocation(
    [property: Id(0)] string Reason,
    [property: Id(1)] DateOnly RevokedOn,
    [property: Id(2)] DateTimeOffset RevokedAt,
    [property: Id(3)] string BySubject,
    [property: Id(4)] string ByRole)
{
    /// <summary>The longest reason a revocation may state.</summary>
    public const int MaxReasonLength = 1000;
}
