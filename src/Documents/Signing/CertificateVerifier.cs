using System.Security.Cryptography;
using Platform.Grains.Documents;

namespace Platform.Documents.Signing;

/// <summary>
/// Checks a certificate's signature offline with the published public key (PEM or JWK): the fields as printed on the
/// certificate, and the signature from its QR code.
/// </summary>
public sealed class CertificateVerifier : IDisposable
{
    private readonly ECDsa _key;

    private CertificateVerifier(ECDsa key)
    {
        _key = key;
    }

    /// <summary>From a "PUBLIC KEY" PEM.</summary>
    /// <exception cref="ArgumentException">Not a P-256 public key.</exception>
    public static CertificateVerifier FromPublicKeyPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            PublicKeys.RequireP256(key);
            return new CertificateVerifier(key);
        }
        catch (CryptographicException ex)
        {
            key.Dispose();
            throw new ArgumentException("The PEM does not hold an ECDSA P-256 public key.", nameof(pem), ex);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>From a JWK (kty EC, crv P-256).</summary>
    public static CertificateVerifier FromJwk(string json) => new(PublicKeys.FromJwk(json));

    /// <summary>Whether <see cref="Certificate.Signature"/> signs the certificate's public fields.</summary>
    public bool Verify(Certificate certificate) => Verify(certificate, certificate.Signature);

    /// <summary>Whether <paramref name="signature"/> (base64url) signs the certificate's public fields.</summary>
    public bool Verify(Certificate certificate, string? signature)
    {
        var bytes = Base64Url.TryDecode(signature);
        if (bytes is not { Length: 64 })
        {
            return false;
        }

        var data = CertificateCanonicalForm.BytesOf(certificate);
        lock (_key)
        {
            return _key.VerifyData(data, bytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
    }

    /// <summary>Whether a scanned QR payload carries a valid signature of the printed fields.</summary>
    public bool VerifyQrPayload(string payload, Certificate printedFields) =>
        CertificateQrPayload.TryParse(payload, out _, out var signature) && Verify(printedFields, signature);

    public void Dispose() => _key.Dispose();
}
