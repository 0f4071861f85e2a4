namespace Platform.Documents.Signing;

/// <summary>
/// The public page that verifies a certificate (App.2), the one its QR code opens: <c>{publicBase}/verify?serial=…</c>,
/// where the public base is the platform's configured public address (<c>Platform:PublicBaseUrl</c>). The one place
/// this address is built: the silo stamps it on a certificate it seals, the frontend prints it in the QR code.
/// </summary>
public static class CertificateVerificationAddress
{
    /// <summary>The verification page (it was <c>/verify.html</c>, which now redirects here).</summary>
    public const string Page = "/verify";

    /// <summary>The query parameter carrying the serial number.</summary>
    public const string SerialParameter = "serial";

    /// <summary>The verification address of the certificate with this serial number.</summary>
    /// <exception cref="ArgumentException">The base is not an absolute http(s) address without query, or the serial is empty.</exception>
    public static string For(string publicBaseUrl, string serialNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serialNumber);
        if (!Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new ArgumentException($"The public base URL '{publicBaseUrl}' is not an absolute http(s) address without a query.", nameof(publicBaseUrl));
        }

        return $"{publicBaseUrl.TrimEnd('/')}{Page}?{SerialParameter}={Uri.EscapeDataString(serialNumber)}";
    }
}
