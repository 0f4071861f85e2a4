using System.Globalization;
using Platform.Domain.Identity;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Security.Development;

/// <summary>
/// DEVELOPMENT ONLY (issue 7, the load test): with <c>Platform:Development:SyntheticCandidates=true</c> the development
/// token issuer also knows the candidates <c>load.candidate.&lt;n&gt;</c>, n from 1 to <see cref="Max"/>, each with a
/// valid fictional IIN derived from n (<see cref="SyntheticIin"/>).
/// </summary>
public static class SyntheticCandidates
{
    public const string Setting = "Platform:Development:SyntheticCandidates";
    public const string Prefix = "load.candidate.";
    public const int Max = 100_000;

    /// <summary>The account of a synthetic candidate's login name, or null when the name is not one.</summary>
    public static DemoAccount? Find(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal)
        && int.TryParse(name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && n is >= 1 and <= Max && name == Prefix + n.ToString(CultureInfo.InvariantCulture)
            ? new DemoAccount(name, $"Load Candidate {n}", [Roles.Candidate], Iin: SyntheticIin.For(n))
            : null;
}
