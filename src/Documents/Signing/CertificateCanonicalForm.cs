using System.Globalization;
using System.Text;
using Platform.Grains.Documents;

namespace Platform.Documents.Signing;

/// <summary>
/// The exact text that is signed for a certificate (App.2): its public fields, one per line (LF), UTF-8, Unicode NFC,
/// each trimmed, dates ISO 8601. An offline verifier rebuilds it from the printed certificate:
/// <code>
/// QRP-CERT-1
/// {serial}
/// {holder's full name as printed}
/// {profession, kk}
/// {profession, ru}
/// {NRK level}
/// {center name, kk}
/// {center name, ru}
/// {issue date, yyyy-MM-dd}
/// {valid until, yyyy-MM-dd}
/// </code>
/// </summary>
public static class CertificateCanonicalForm
{
    /// <summary>The first line: names the format, so that a future one can be told apart.</summary>
    public const string Version = "QRP-CERT-1";

    public static string Of(Certificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        string[] lines =
        [
            Version,
            Field(certificate.SerialNumber),
            Field(certificate.Holder.Full),
            Field(certificate.Profession.Kk),
            Field(certificate.Profession.Ru),
            certificate.NrkLevel.ToString(CultureInfo.InvariantCulture),
            Field(certificate.CenterName.Kk),
            Field(certificate.CenterName.Ru),
            Iso(certificate.IssuedOn),
            Iso(certificate.ValidUntil),
        ];
        return string.Join('\n', lines);
    }

    public static byte[] BytesOf(Certificate certificate) => Encoding.UTF8.GetBytes(Of(certificate));

    private static string Field(string value)
    {
        var text = value.Trim().Normalize(NormalizationForm.FormC);
        return text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)
            ? throw new ArgumentException("A signed certificate field cannot span lines.", nameof(value))
            : text;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
