using System.Security.Cryptography;

namespace Platform.Hosting.Certificates;

/// <summary>
/// DEVELOPMENT ONLY: the certificate signing key generated once into <c>&lt;data&gt;/secrets/certificate-signing-key.pem</c>
/// (mode 0600), so the embedded run signs without a configured secret and the silo and the frontend agree on one key.
/// Outside Development the key comes from configuration (<see cref="CertificateSettings.SigningKey"/>).
/// </summary>
public static class CertificateSigningKeyFile
{
    public const string FileName = "certificate-signing-key.pem";

    private static readonly Lock Creating = new();

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "secrets", FileName);

    /// <summary>
    /// The PKCS#8 PEM of the development key, generated when missing: written aside, then moved in without overwriting, so
    /// a reader never sees half a key and the first key written is the one kept.
    /// </summary>
    public static string LoadOrCreate(string dataDirectory)
    {
        var file = PathIn(dataDirectory);
        lock (Creating)
        {
            // Hosts of one process (tests start silos and frontends side by side) create it once, under this lock.
            if (!File.Exists(file))
            {
                Create(file);
            }
        }

        return File.ReadAllText(file);
    }

    private static void Create(string file)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = key.ExportPkcs8PrivateKeyPem();
        // No overwrite: when another process got there first, its key wins and ours is dropped.
        PrivateFile.Write(file, stream =>
        {
            using var writer = new StreamWriter(stream);
            writer.Write(pem);
        }, overwrite: false);
    }
}
