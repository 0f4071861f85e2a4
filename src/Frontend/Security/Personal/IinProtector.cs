using System.Security.Cryptography;
using System.Text;
using Platform.Domain.Identity;
using Platform.Frontend.Security.Secrets;

namespace Platform.Frontend.Security.Personal;

/// <summary>
/// The IIN as personal data (SPEC §4, issue 6): stored only encrypted (AES-256-GCM, a random 96-bit nonce per value,
/// the key id written in front and authenticated, so keys rotate: new values use the current key, old ones are read
/// with theirs), and matched only through a keyed hash (HMAC-SHA256 with a separate key, so the hash of a known IIN
/// cannot be computed without the secret).
/// </summary>
public sealed class IinProtector(PlatformSecrets secrets)
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    /// <summary>The ciphertext to store: <c>&lt;key id&gt;:&lt;base64url(nonce | tag | ciphertext)&gt;</c>.</summary>
    public string Protect(Iin iin)
    {
        var keyId = secrets.IinEncryptionKeyId;
        var plain = Encoding.ASCII.GetBytes(iin.Value);
        var sealedValue = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedValue.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(secrets.IinEncryptionKeys[keyId], TagBytes);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(NonceBytes + TagBytes), sealedValue.AsSpan(NonceBytes, TagBytes), Encoding.ASCII.GetBytes(keyId));
        return $"{keyId}:{Base64Url(sealedValue)}";
    }

    /// <summary>Decrypts a value written by <see cref="Protect"/> with any configured key.</summary>
    /// <exception cref="CryptographicException">Unknown key id, or the value was altered.</exception>
    public Iin Unprotect(string protectedIin)
    {
        var separator = protectedIin.IndexOf(':');
        var keyId = separator > 0 ? protectedIin[..separator] : "";
        if (!secrets.IinEncryptionKeys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException("The protected IIN names no configured key.");
        }

        var sealedValue = Convert.FromBase64String(FromBase64Url(protectedIin[(separator + 1)..]));
        var plain = new byte[sealedValue.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(sealedValue.AsSpan(0, NonceBytes), sealedValue.AsSpan(NonceBytes + TagBytes), sealedValue.AsSpan(NonceBytes, TagBytes), plain, Encoding.ASCII.GetBytes(keyId));
        return Iin.Parse(Encoding.ASCII.GetString(plain));
    }

    /// <summary>The keyed hash (HMAC-SHA256) of the IIN: equal IINs give equal hashes, and nothing else can be read from it.</summary>
    public byte[] Hash(Iin iin) => HMACSHA256.HashData(secrets.IinHashKey, Encoding.ASCII.GetBytes(iin.Value));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
    }
}
