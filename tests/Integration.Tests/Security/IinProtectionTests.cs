using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Platform.Domain.Identity;
using Platform.Frontend.Security.Personal;
using Platform.Frontend.Security.Secrets;

namespace Platform.Integration.Tests.Security;

/// <summary>Issue 6 and SPEC §4: the IIN is stored encrypted, matched by a keyed hash, and never a grain key.</summary>
public sealed class IinProtectionTests
{
    private const string SampleIin = "900515300018";
    private static readonly string FirstKey = ProctoringTokenTests.NewKey();
    private static readonly string SecondKey = ProctoringTokenTests.NewKey();
    private static readonly string HashKey = ProctoringTokenTests.NewKey();

    [Fact]
    public void AProtectedIinReadsBackAndShowsNoneOfItsDigits()
    {
        var protector = Protector("k1", ("k1", FirstKey));

        var stored = protector.Protect(Iin.Parse(SampleIin));

        Assert.StartsWith("k1:", stored);
        Assert.DoesNotContain(SampleIin, stored);
        Assert.Equal(SampleIin, protector.Unprotect(stored).Value);
    }

    [Fact]
    public void TheSameIinIsEncryptedDifferentlyEachTime()
    {
        var protector = Protector("k1", ("k1", FirstKey));

        Assert.NotEqual(protector.Protect(Iin.Parse(SampleIin)), protector.Protect(Iin.Parse(SampleIin)));
    }

    [Fact]
    public void AnAlteredCiphertextIsRefused()
    {
        var protector = Protector("k1", ("k1", FirstKey));
        var stored = protector.Protect(Iin.Parse(SampleIin));
        var altered = stored[..^2] + (stored[^2] == 'A' ? 'B' : 'A') + stored[^1];

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(altered));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect("k9" + stored[2..]));
    }

    [Fact]
    public void AfterAKeyRotationOldValuesStillReadAndNewOnesUseTheNewKey()
    {
        var before = Protector("k1", ("k1", FirstKey)).Protect(Iin.Parse(SampleIin));
        var rotated = Protector("k2", ("k1", FirstKey), ("k2", SecondKey));

        Assert.Equal(SampleIin, rotated.Unprotect(before).Value);
        Assert.StartsWith("k2:", rotated.Protect(Iin.Parse(SampleIin)));
    }

    [Fact]
    public void TheCandidateKeyIsAPrefixedNonDigitKeyThatTheSamePersonAlwaysGets()
    {
        var key = CandidateKeys.FromIin(Protector("k1", ("k1", FirstKey)), Iin.Parse(SampleIin));

        Assert.Matches("^cand-[a-z2-7]{32}$", key);
        Assert.True(CandidateKeys.IsCandidateKey(key));
        Assert.Equal(key, CandidateKeys.FromIin(Protector("k2", ("k2", SecondKey)), Iin.Parse(SampleIin)));
        Assert.NotEqual(key, CandidateKeys.FromIin(Protector("k1", ("k1", FirstKey)), Iin.Parse("881122400044")));
        Assert.False(CandidateKeys.IsCandidateKey(SampleIin));
    }

    [Fact]
    public void TheKeyedHashCannotBeComputedWithoutTheHashKey()
    {
        var iin = Iin.Parse(SampleIin);

        Assert.Equal(Protector("k1", ("k1", FirstKey)).Hash(iin), Protector("k1", ("k1", FirstKey)).Hash(iin));
        Assert.NotEqual(Protector("k1", ("k1", FirstKey)).Hash(iin), Protector("k1", ("k1", FirstKey), hashKey: ProctoringTokenTests.NewKey()).Hash(iin));
        Assert.NotEqual(SHA256.HashData("900515300018"u8), Protector("k1", ("k1", FirstKey)).Hash(iin));
    }

    private static IinProtector Protector(string current, params (string Id, string Key)[] keys) => Protector(current, keys, HashKey);

    private static IinProtector Protector(string current, (string Id, string Key) key, string hashKey) => Protector(current, [key], hashKey);

    private static IinProtector Protector(string current, (string Id, string Key)[] keys, string hashKey)
    {
        var settings = new Dictionary<string, string?>
        {
            [SecretNames.IinEncryptionKeyId] = current,
            [SecretNames.IinHashKey] = hashKey,
            [SecretNames.ProctoringTokenKey] = ProctoringTokenTests.NewKey(),
        };
        foreach (var (id, value) in keys)
        {
            settings[$"{SecretNames.IinEncryptionKeys}:{id}"] = value;
        }

        return new IinProtector(PlatformSecrets.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
    }
}
