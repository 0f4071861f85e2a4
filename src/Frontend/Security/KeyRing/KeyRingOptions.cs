namespace Platform.Frontend.Security.KeyRing;

/// <summary>
/// <c>Platform:DataProtection</c>: the certificate that encrypts the frontends' Data Protection keys where they are kept
/// (PostgreSQL, <c>data_protection_keys</c>). A PKCS#12 file (<c>.pfx</c>) with its private key, the same on every
/// frontend; without it the keys are stored unencrypted and the frontend warns at start.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "Platform:DataProtection";

    /// <summary>The PKCS#12 file of the certificate (and its private key) that encrypts the keys; none, unencrypted.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PKCS#12 file's password, from the secret store; none when the file has none.</summary>
    public string? CertificatePassword { get; set; }
}
