using Microsoft.Extensions.Configuration;

namespace Platform.Hosting.Certificates;

/// <summary>
/// The configuration of certificate signing and verification (App.2 QR code), shared by the silo (which signs) and
/// the frontend (which publishes the public key and answers verification).
/// </summary>
public static class CertificateSettings
{
    /// <summary>The ECDSA P-256 private key that signs certificates, PEM. A secret: the silo's only, never the frontend's in production.</summary>
    public const string SigningKey = "Platform:Secrets:CertificateSigningKey";

    /// <summary>The public key the frontend publishes at <c>/.well-known/certificate-signing-key</c>, PEM ("PUBLIC KEY").</summary>
    public const string PublicKey = "Platform:Certificates:PublicKey";

    /// <summary>
    /// The public address of the platform, the start of every verification URL printed in a QR code
    /// (<c>Platform.Documents.Signing.CertificateVerificationAddress</c> builds them).
    /// </summary>
    public const string PublicBaseUrl = "Platform:PublicBaseUrl";

    public const string DefaultPublicBaseUrl = "http://127.0.0.1:5080";

    /// <summary><see cref="PublicBaseUrl"/> without a trailing slash, or the embedded run's address.</summary>
    public static string BaseUrl(IConfiguration configuration) =>
        (configuration[PublicBaseUrl] is { Length: > 0 } configured ? configured : DefaultPublicBaseUrl).TrimEnd('/');
}
