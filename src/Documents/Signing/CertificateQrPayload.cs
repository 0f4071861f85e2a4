using System.Diagnostics.CodeAnalysis;
using Platform.Grains.Documents;

namespace Platform.Documents.Signing;

/// <summary>
/// The text of the certificate's QR code (App.2): the verification URL with the signature appended as the query
/// parameter <c>sig</c>, e.g. <c>https://qrp.example.kz/verify?serial=85592-…-00000042&amp;sig=MEUCIQ…</c>. A phone opens
/// the URL; an offline verifier takes <c>sig</c> and checks it against the printed fields with the published key.
/// </summary>
public static class CertificateQrPayload
{
    /// <summary>The query parameter carrying the base64url signature.</summary>
    public const string SignatureParameter = "sig";

    /// <summary>The payload of a signed certificate, with the verification URL stamped on it when it was sealed.</summary>
    /// <exception cref="ArgumentException">The certificate is not signed or has no verification URL.</exception>
    public static string Build(Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (string.IsNullOrWhiteSpace(certificate.VerificationUrl))
        {
            throw new ArgumentException("The certificate has no verification URL.", nameof(certificate));
        }

        return Build(certificate.VerificationUrl, SignatureOf(certificate));
    }

    /// <summary>
    /// The payload of a signed certificate pointing at the verification page under <paramref name="publicBaseUrl"/>,
    /// whatever address was stamped on it: the signature does not cover the URL, so a certificate sealed before the
    /// public address or the page moved still opens the page that answers now.
    /// </summary>
    /// <exception cref="ArgumentException">The certificate is not signed, or the base is not an absolute http(s) address.</exception>
    public static string Build(Certificate certificate, string publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return Build(CertificateVerificationAddress.For(publicBaseUrl, certificate.SerialNumber), SignatureOf(certificate));
    }

    public static string Build(string verificationUrl, string signature)
    {
        var separator = verificationUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return $"{verificationUrl}{separator}{SignatureParameter}={signature}";
    }

    private static string SignatureOf(Certificate certificate) => Base64Url.TryDecode(certificate.Signature) is null
        ? throw new ArgumentException("The certificate is not signed: sign it with CertificateSigner first.", nameof(certificate))
        : certificate.Signature;

    /// <summary>Splits a payload into the verification URL and the signature.</summary>
    public static bool TryParse(string? payload, [NotNullWhen(true)] out string? verificationUrl, [NotNullWhen(true)] out string? signature)
    {
        verificationUrl = null;
        signature = null;
        var marker = payload?.LastIndexOf(SignatureParameter + "=", StringComparison.Ordinal) ?? -1;
        if (payload is null || marker < 1 || payload[marker - 1] is not ('?' or '&'))
        {
            return false;
        }

        verificationUrl = payload[..(marker - 1)];
        signature = payload[(marker + SignatureParameter.Length + 1)..];
        return signature.Length > 0;
    }
}
