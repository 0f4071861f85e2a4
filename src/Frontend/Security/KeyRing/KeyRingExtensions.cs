using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Platform.Frontend.Security.KeyRing;

/// <summary>
/// One Data Protection key ring for every frontend (issue 17, operations on several machines): kept in PostgreSQL
/// (<see cref="PostgresKeyRepository"/>), under one application name whatever the path or image a frontend runs from,
/// and encrypted at rest with the certificate of <see cref="KeyRingOptions"/> when one is configured.
/// </summary>
public static class KeyRingExtensions
{
    /// <summary>
    /// The purposes of every protector begin with this name: the same on every frontend, so each reads the others'
    /// cookies. Changing it makes every cookie and form token unreadable (page users sign in again).
    /// </summary>
    public const string ApplicationName = "qualification-recognition";

    public static IDataProtectionBuilder AddPlatformKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var builder = services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<PostgresKeyRepository>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<PostgresKeyRepository>((keys, repository) => keys.XmlRepository = repository);
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            services.AddHostedService<UnencryptedKeyRingWarning>();
        }
        else
        {
            builder.ProtectKeysWithCertificate(LoadCertificate(options.CertificatePath, options.CertificatePassword));
        }

        return builder;
    }

    /// <summary>The certificate with its private key (it decrypts the keys too), or a refusal to start naming the setting.</summary>
    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"The platform cannot start: {KeyRingOptions.Section}:CertificatePath ({path}) is not a PKCS#12 file readable with {KeyRingOptions.Section}:CertificatePassword.",
                exception);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException(
                $"The platform cannot start: the certificate of {KeyRingOptions.Section}:CertificatePath ({path}) has no private key; it must decrypt the keys as well.");
        }

        return certificate;
    }
}
