namespace Platform.Grains.Certificates;

/// <summary>Grain keys of the public certificate registry: <c>cert-&lt;serial&gt;</c>, never digit-only (SPEC §6).</summary>
public static class CertificateKeys
{
    public const string Prefix = "cert-";

    public static string For(string serialNumber) => Prefix + serialNumber;
}
