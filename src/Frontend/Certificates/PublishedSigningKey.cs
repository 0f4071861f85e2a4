using Platform.Documents.Signing;
using Platform.Hosting;
using Platform.Hosting.Certificates;

namespace Platform.Frontend.Certificates;

/// <summary>
/// The public key the frontend publishes for offline verification of certificates (App.2 QR code). The frontend holds
/// no private key in production: it reads <c>Platform:Certificates:PublicKey</c> (PEM). In Development, without it, the
/// key is derived from the development signing key the silo uses (configured, or the generated file in the data folder).
/// Resolved on first use, so the embedded run does not depend on which process starts first.
/// </summary>
public sealed class PublishedSigningKey(IConfiguration configuration, IHostEnvironment environment)
{
    private readonly Lock _gate = new();
    private CertificatePublicKey? _key;

    /// <summary>The key; null when none is configured outside Development.</summary>
    public CertificatePublicKey? Get()
    {
        lock (_gate)
        {
            return _key ??= Resolve();
        }
    }

    private CertificatePublicKey? Resolve()
    {
        if (configuration[CertificateSettings.PublicKey] is { Length: > 0 } published)
        {
            return CertificatePublicKey.FromPem(published);
        }

        if (!environment.IsDevelopment())
        {
            return null;
        }

        if (configuration[CertificateSettings.SigningKey] is { Length: > 0 } signing)
        {
            return CertificatePublicKey.FromPem(signing);
        }

        var dataDirectory = PlatformDataDirectory.Resolve(configuration, environment.ContentRootPath);
        return CertificatePublicKey.FromPem(CertificateSigningKeyFile.LoadOrCreate(dataDirectory));
    }
}
