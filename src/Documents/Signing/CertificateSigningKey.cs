using System.Security.Cryptography;

namespace Platform.Documents.Signing;

/// <summary>
/// The ECDSA P-256 key pair that signs certificates (App.2 QR code). The private key stays with the platform (loaded
/// from configuration as PEM); the public key is published as PEM or JWK for offline verification.
/// </summary>
public sealed class CertificateSigningKey : IDisposable
{
    private CertificateSigningKey(ECDsa key)
    {
        Key = key;
    }

    internal ECDsa Key { get; }

    /// <summary>A fresh key pair.</summary>
    public static CertificateSigningKey Generate() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    /// <summary>Imports a private key from PEM ("PRIVATE KEY" PKCS#8 or "EC PRIVATE KEY" SEC1).</summary>
    /// <exception cref="ArgumentException">The PEM holds no key, or a key that is not P-256.</exception>
    public static CertificateSigningKey FromPrivateKeyPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            _ = key.ExportParameters(includePrivateParameters: true);
            PublicKeys.RequireP256(key);
            return new CertificateSigningKey(key);
        }
        catch (CryptographicException ex)
        {
            key.Dispose();
            throw new ArgumentException("The PEM does not hold an ECDSA P-256 private key.", nameof(pem), ex);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    /// <summary>The private key, PKCS#8 PEM: keep it secret.</summary>
    public string ExportPrivateKeyPem() => Key.ExportPkcs8PrivateKeyPem();

    /// <summary>The public key, SubjectPublicKeyInfo PEM ("PUBLIC KEY").</summary>
    public string ExportPublicKeyPem() => Key.ExportSubjectPublicKeyInfoPem();

    /// <summary>The public key as a JWK (RFC 7517) with its RFC 7638 thumbprint as "kid".</summary>
    public string ExportPublicJwk() => PublicKeys.Jwk(Key);

    /// <summary>The RFC 7638 JWK thumbprint of the public key, base64url.</summary>
    public string KeyId => PublicKeys.Thumbprint(Key);

    /// <summary>A verifier for this key's signatures.</summary>
    public CertificateVerifier CreateVerifier() => CertificateVerifier.FromPublicKeyPem(ExportPublicKeyPem());

    public void Dispose() => Key.Dispose();
}
