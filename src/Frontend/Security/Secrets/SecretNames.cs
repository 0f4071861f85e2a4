namespace Platform.Frontend.Security.Secrets;

/// <summary>The configuration keys of the platform's secrets (<c>Platform:Secrets:*</c>), each 32 random bytes in base64.</summary>
public static class SecretNames
{
    public const string Section = "Platform:Secrets";

    /// <summary>The id of the key new IIN ciphertexts are written with; older ids stay under <see cref="IinEncryptionKeys"/> to read old ones.</summary>
    public const string IinEncryptionKeyId = Section + ":IinEncryptionKeyId";

    /// <summary>The section of AES-256 keys by id: <c>Platform:Secrets:IinEncryptionKeys:&lt;id&gt;</c>.</summary>
    public const string IinEncryptionKeys = Section + ":IinEncryptionKeys";

    /// <summary>The HMAC-SHA256 key of the IIN's keyed hash. Candidate keys derive from it: it never rotates.</summary>
    public const string IinHashKey = Section + ":IinHashKey";

    /// <summary>The HMAC-SHA256 key that signs proctoring tokens.</summary>
    public const string ProctoringTokenKey = Section + ":ProctoringTokenKey";

    /// <summary>The HMAC-SHA256 key of the development token issuer (Development only).</summary>
    public const string DevelopmentSigningKey = Section + ":DevelopmentSigningKey";
}
