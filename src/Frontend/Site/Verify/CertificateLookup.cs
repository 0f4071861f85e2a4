using Platform.Documents.Signing;
using Platform.Domain.Certificates;
using Platform.Frontend.Certificates;
using Platform.Grains.Certificates;
using Platform.Grains.Documents;

namespace Platform.Frontend.Site.Verify;

/// <summary>
/// Public verification of a recognition document (P18, App.2) for the <c>/verify</c> page: the serial number as typed
/// (a wrong one named by the level it breaks), the certificate's public record and status, and the QR code's
/// signature checked here against the platform's published key — what <c>GET /api/v1/certificates/{serial}</c> and the
/// published key give an offline verifier.
/// </summary>
public sealed class CertificateLookup(IClusterClient cluster, PublishedSigningKey key)
{
    public async Task<VerifyAnswer> LookUpAsync(string serial, string? signature)
    {
        if (!SerialNumber.TryParse(serial.Trim(), out var parsed, out var error))
        {
            return new VerifyAnswer.Malformed(CertificateMessages.LevelOf(error));
        }

        var view = await cluster.GetGrain<ICertificateGrain>(CertificateKeys.For(parsed.Format())).Get();
        return view is null
            ? new VerifyAnswer.Unknown(parsed.Format())
            : new VerifyAnswer.Found(view, string.IsNullOrEmpty(signature) ? null : Check(view.Record, signature));
    }

    /// <summary>
    /// Whether <paramref name="signature"/> (the QR code's <c>sig</c>, base64url) signs the record's public fields in
    /// their canonical form (<see cref="CertificateCanonicalForm"/>); not checkable when no key is published.
    /// </summary>
    public SignatureCheck Check(CertificateRecord record, string signature)
    {
        if (key.Get() is not { } published)
        {
            return SignatureCheck.NotCheckable;
        }

        using var verifier = CertificateVerifier.FromPublicKeyPem(published.Pem);
        var printed = new Certificate(
            record.CenterName, record.SerialNumber, record.Holder, record.Profession, record.NrkLevel,
            record.IssuedOn, record.ValidUntil, HeadName: "", VerificationUrl: "", Signature: signature);
        return verifier.Verify(printed) ? SignatureCheck.Genuine : SignatureCheck.Forged;
    }
}
