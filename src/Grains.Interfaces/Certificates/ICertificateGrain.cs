using Platform.Grains.Procedure;

namespace Platform.Grains.Certificates;

/// <summary>
/// The public registry entry of one recognition document (P18, App.2; SPEC §4): what verification by serial number or
/// QR code answers, and its revocation. Key: <c>cert-&lt;serial&gt;</c> (<see cref="CertificateKeys"/>). Registering it
/// also hands the result to the NSK platform's outbox (P18.2).
/// </summary>
[Alias("Platform.Grains.Certificates.ICertificateGrain")]
public interface ICertificateGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the issued certificate and enqueues its result for the NSK platform. Idempotent: the same record again
    /// changes nothing (and enqueues nothing new); a different record under the same serial is refused, as a serial is
    /// never reissued.
    /// </summary>
    [Alias("Register")]
    Task Register(CertificateRecord record);

    /// <summary>The certificate and its status today (valid, expired, revoked); null for an unknown serial.</summary>
    [Alias("Get")]
    Task<CertificateView?> Get();

    /// <summary>
    /// Revokes the certificate with a stated reason; revoking a revoked one keeps the first revocation. Null for an
    /// unknown serial. Who may revoke (the head of its center, an administrator) is checked by the frontend.
    /// </summary>
    [Alias("Revoke")]
    Task<CertificateView?> Revoke(string reason, Actor by);
}
