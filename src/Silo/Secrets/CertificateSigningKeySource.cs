using Platform.Documents.Signing;
using Platform.Hosting;
using Platform.Hosting.Certificates;

namespace Platform.Silo.Secrets;

/// <summary>
/// Where the silo's certificate signing key comes from (App.2 QR code): <c>Platform:Secrets:CertificateSigningKey</c>
/// (ECDSA P-256 private key, PEM) from the deployment's secret store. Outside Development a missing key stops the start;
/// in Development it is generated once into <c>&lt;data&gt;/secrets/certificate-signing-key.pem</c> (0600).
/// </summary>
public static class CertificateSigningKeySource
{
    public static CertificateSigningKey Load(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration[CertificateSettings.SigningKey] is { Length: > 0 } configured)
        {
            return Import(configured, CertificateSettings.SigningKey);
        }

        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"The platform cannot start: {CertificateSettings.SigningKey} (the ECDSA P-256 private key that signs certificates, PEM) is missing from configuration.");
        }

        var dataDirectory = PlatformDataDirectory.Resolve(configuration, environment.ContentRootPath);
        return Import(CertificateSigningKeyFile.LoadOrCreate(dataDirectory), CertificateSigningKeyFile.PathIn(dataDirectory));
    }

    private static CertificateSigningKey Import(string pem, string source)
    {
        try
        {
            return CertificateSigningKey.FromPrivateKeyPem(pem);
        }
        catch (ArgumentException ex)
        {
            // The message names where the key came from, never the key.
            throw new InvalidOperationException($"The platform cannot start: {source} does not hold an ECDSA P-256 private key in PEM.", ex);
        }
    }
}
