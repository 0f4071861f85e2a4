using Platform.Grains.Documents;

namespace Platform.Grains.Certificates;

/// <summary>
/// The platform's seal on a recognition document (App.2): the public verification URL its QR code opens, and the ECDSA
/// P-256 signature of its public fields. Implemented by the silo, which alone holds the private key.
/// </summary>
public interface ICertificateSeal
{
    /// <summary>The certificate with <see cref="Certificate.VerificationUrl"/> and <see cref="Certificate.Signature"/> set.</summary>
    Certificate Affix(Certificate certificate);
}
