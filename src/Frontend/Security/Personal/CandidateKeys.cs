using Platform.Domain.Identity;

namespace Platform.Frontend.Security.Personal;

/// <summary>
/// Candidate grain keys (SPEC §4, §6): the IIN is never a key, so the key is made from its keyed hash —
/// <c>cand-</c> and 160 bits of it in lower-case base32. The prefix keeps it from ever being digit-only (SPEC §6:
/// digit-only string keys collide with integer keys), and the same person always gets the same key.
/// </summary>
public static class CandidateKeys
{
    public const string Prefix = "cand-";

    private const int KeyBytes = 20;

    public static string FromIin(IinProtector protector, Iin iin) =>
        Prefix + Base32.Encode(protector.Hash(iin).AsSpan(0, KeyBytes));

    /// <summary>True for a string shaped like a candidate key (used to refuse an IIN where a key is expected).</summary>
    public static bool IsCandidateKey(string? value) =>
        value is { Length: 37 } && value.StartsWith(Prefix, StringComparison.Ordinal) && value[Prefix.Length..].All(Base32.IsDigit);
}
