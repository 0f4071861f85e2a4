using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.Grains.Certificates;

/// <summary>
/// The public half of the certificate signing key as published for offline verification of the App.2 QR code: PEM
/// (SubjectPublicKeyInfo) and JWK (RFC 7517, ES256) with its RFC 7638 thumbprint as <c>kid</c> — the same <c>kid</c>
/// as <c>Platform.Documents.Signing.CertificateSigningKey.KeyId</c>.
/// </summary>
public sealed class CertificatePublicKey
{
    private const string Curve = "P-256";

    private CertificatePublicKey(string pem, string jwk, string keyId)
    {
        Pem = pem;
        Jwk = jwk;
        KeyId = keyId;
    }

    /// <summary>"PUBLIC KEY" PEM.</summary>
    public string Pem { get; }

    /// <summary>The JWK as JSON.</summary>
    public string Jwk { get; }

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

        var parameters = key.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid?.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            throw new ArgumentException("Certificates are signed with ECDSA on the P-256 curve only.", nameof(pem));
        }

        var (x, y) = (Base64Url(parameters.Q.X!), Base64Url(parameters.Q.Y!));
        var thumbprint = $"{{\"crv\":\"{Curve}\",\"kty\":\"EC\",\"x\":\"{x}\",\"y\":\"{y}\"}}";
        var keyId = Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(thumbprint)));
        var jwk = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = Curve,
            ["x"] = x,
            ["y"] = y,
            ["use"] = "sig",
            ["alg"] = "ES256",
            ["kid"] = keyId,
        });
        return new CertificatePublicKey(key.ExportSubjectPublicKeyInfoPem(), jwk, keyId);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
