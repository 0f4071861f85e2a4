using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Configuration.Memory;
using Platform.Hosting;

namespace Platform.Frontend.Security.Secrets;

/// <summary>
/// Makes sure the secrets are configured before anything uses them (issue 6: "secrets from configuration, never from
/// the repository"). Outside Development a missing secret stops the start with one message naming every missing key.
/// In Development the missing ones are generated once and kept in <c>&lt;data&gt;/secrets/platform-secrets.json</c>
/// (mode 0600), added as the lowest-precedence configuration source so anything configured explicitly still wins.
/// </summary>
public static class SecretsBootstrap
{
    public const string FileName = "platform-secrets.json";

    private const string DevelopmentKeyId = "dev1";
    private static readonly Lock Writing = new();

    public static void Ensure(IConfigurationManager configuration, IHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        if (development)
        {
            var file = Path.Combine(PlatformDataDirectory.Resolve(configuration, environment.ContentRootPath), "secrets", FileName);
            configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = LoadOrGenerate(file, configuration) });
        }

        var missing = PlatformSecrets.Missing(configuration, development);
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The platform cannot start: secrets missing from configuration: {string.Join(", ", missing)}. " +
                "Provide each as 32 random bytes in base64 from the deployment's secret store (environment variables " +
                "use '__' for ':', e.g. Platform__Secrets__IinHashKey). They are never kept in the repository.");
        }
    }

    private static Dictionary<string, string?> LoadOrGenerate(string file, IConfiguration configuration)
    {
        lock (Writing)
        {
            var stored = File.Exists(file)
                ? JsonSerializer.Deserialize<Dictionary<string, string?>>(File.ReadAllText(file)) ?? []
                : [];
            var generated = Generate(new ConfigurationBuilder().AddInMemoryCollection(stored).AddConfiguration(configuration).Build());
            if (generated.Count > 0)
            {
                foreach (var (key, value) in generated)
                {
                    stored[key] = value;
                }

                Write(file, stored);
            }

            return stored;
        }
    }

    private static Dictionary<string, string?> Generate(IConfiguration current)
    {
        var generated = new Dictionary<string, string?>();
        foreach (var missing in PlatformSecrets.Missing(current, development: true))
        {
            if (missing == SecretNames.IinEncryptionKeyId)
            {
                generated[SecretNames.IinEncryptionKeyId] = DevelopmentKeyId;
                generated[$"{SecretNames.IinEncryptionKeys}:{DevelopmentKeyId}"] = NewKey();
            }
            else
            {
                generated[missing] = NewKey();
            }
        }

        return generated;
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(PlatformSecrets.KeyBytes));

    private static void Write(string file, Dictionary<string, string?> secrets) =>
        PrivateFile.Write(file, stream => JsonSerializer.Serialize(stream, secrets, new JsonSerializerOptions { WriteIndented = true }), overwrite: true);
}
