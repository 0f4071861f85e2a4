using System.Security.Cryptography;

namespace Platform.Documents.Signing;

/// <summary>
/// The public half of the certificate signing key as published for offline verification of the App.2 QR code: PEM
/// (SubjectPublicKeyInfo) and JWK (RFC 7517, ES256) with its RFC 7638 thumbprint as <c>kid</c> — the same forms as
/// <see cref="CertificateSigningKey"/> gives, so the frontend publishes what the silo signs with.
/// </summary>
public sealed class CertificatePublicKey
{
    private CertificatePublicKey(ECDsa key)
    {
        Pem = key.ExportSubjectPublicKeyInfoPem();
        Jwk = PublicKeys.Jwk(key);
        KeyId = PublicKeys.Thumbprint(key);
    }

    /// <summary>"PUBLIC KEY" PEM.</summary>
    public string Pem { get; }

    /// <summary>The JWK as JSON.</summary>
    public string Jwk { get; }

    /// <summary>The RFC 7638 thumbprint, base64url.</summary>
    public string KeyId { get; }

    /// <summary>From a PEM holding the public key, or the private key (whose public half is taken).</summary>
    /// <exception cref="ArgumentException">Not an ECDSA P-256 key.</exception>
    public static CertificatePublicKey FromPem(string pem)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (CryptographicException ex)
        {
            throw new ArgumentException("The PEM does not hold an ECDSA P-256 key.", nameof(pem), ex);
        }

        PublicKeys.RequireP256(key);
        return new CertificatePublicKey(key);
    }
}
