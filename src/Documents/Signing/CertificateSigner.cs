using System.Security.Cryptography;
using Platform.Grains.Documents;

namespace Platform.Documents.Signing;

/// <summary>
/// Signs a certificate's public fields (<see cref="CertificateCanonicalForm"/>) with ECDSA P-256 / SHA-256, giving the
/// 64-byte IEEE P1363 signature (r‖s) in base64url, as the QR code of App.2 carries it.
/// </summary>
public sealed class CertificateSigner(CertificateSigningKey key)
{
    private readonly Lock _gate = new();

    /// <summary>The signature of the certificate's public fields (its URL and current signature are not signed).</summary>
    public string Sign(Certificate certificate)
    {
        var data = CertificateCanonicalForm.BytesOf(certificate);
        lock (_gate)
        {
            return Base64Url.Encode(key.Key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        }
    }

    /// <summary>The certificate with its <see cref="Certificate.Signature"/> set.</summary>
    public Certificate SignAndAttach(Certificate certificate) => certificate with { Signature = Sign(certificate) };
}
