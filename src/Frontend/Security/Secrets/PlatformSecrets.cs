namespace Platform.Frontend.Security.Secrets;

/// <summary>The secrets read from configuration, checked: every key present and 32 bytes of base64.</summary>
public sealed class PlatformSecrets
{
    public const int KeyBytes = 32;

    private PlatformSecrets(IConfiguration configuration)
    {
        IinEncryptionKeyId = configuration[SecretNames.IinEncryptionKeyId]!;
        IinEncryptionKeys = configuration.GetSection(SecretNames.IinEncryptionKeys).GetChildren()
            .ToDictionary(key => key.Key, key => Decode(key.Path, key.Value), StringComparer.Ordinal);
        IinHashKey = Decode(SecretNames.IinHashKey, configuration[SecretNames.IinHashKey]);
        ProctoringTokenKey = Decode(SecretNames.ProctoringTokenKey, configuration[SecretNames.ProctoringTokenKey]);
        var development = configuration[SecretNames.DevelopmentSigningKey];
        DevelopmentSigningKey = development is null ? null : Decode(SecretNames.DevelopmentSigningKey, development);
    }

    public string IinEncryptionKeyId { get; }

    public IReadOnlyDictionary<string, byte[]> IinEncryptionKeys { get; }

    public byte[] IinHashKey { get; }

    public byte[] ProctoringTokenKey { get; }

    public byte[]? DevelopmentSigningKey { get; }

    /// <summary>The configuration keys that are missing; the development signing key only when <paramref name="development"/>.</summary>
    public static IReadOnlyList<string> Missing(IConfiguration configuration, bool development)
    {
        var missing = new List<string>();
        var keyId = configuration[SecretNames.IinEncryptionKeyId];
        if (string.IsNullOrWhiteSpace(keyId))
        {
            missing.Add(SecretNames.IinEncryptionKeyId);
        }
        else if (string.IsNullOrWhiteSpace(configuration[$"{SecretNames.IinEncryptionKeys}:{keyId}"]))
        {
            missing.Add($"{SecretNames.IinEncryptionKeys}:{keyId}");
        }

        string[] required = development
            ? [SecretNames.IinHashKey, SecretNames.ProctoringTokenKey, SecretNames.DevelopmentSigningKey]
            : [SecretNames.IinHashKey, SecretNames.ProctoringTokenKey];
        missing.AddRange(required.Where(name => string.IsNullOrWhiteSpace(configuration[name])));
        return missing;
    }

    /// <summary>Reads and checks the secrets; the message of the exception names the bad key, never its value.</summary>
    public static PlatformSecrets From(IConfiguration configuration) => new(configuration);

    private static byte[] Decode(string name, string? value)
    {
        var bytes = new byte[KeyBytes];
        if (value is null || !Convert.TryFromBase64String(value, bytes, out var written) || written != KeyBytes)
        {
            throw new InvalidOperationException($"{name} must be {KeyBytes} random bytes in base64.");
        }

        return bytes;
    }
}
