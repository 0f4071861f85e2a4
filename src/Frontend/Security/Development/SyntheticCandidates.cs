using System.Globalization;
using Platform.Domain.Identity;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Security.Development;

/// <summary>
/// DEVELOPMENT ONLY (issue 7, the load test): with <c>Platform:Development:SyntheticCandidates=true</c> the development
/// token issuer also knows the candidates <c>load.candidate.&lt;n&gt;</c>, n from 1 to <see cref="Max"/>, each with a
/// valid fictional IIN derived from n (births spread over 1970-1997, distinct for every n).
/// </summary>
public static class SyntheticCandidates
{
    public const string Setting = "Platform:Development:SyntheticCandidates";
    public const string Prefix = "load.candidate.";
    public const int Max = 100_000;

    private static readonly DateOnly FirstBirth = new(1970, 1, 1);

    /// <summary>The account of a synthetic candidate's login name, or null when the name is not one.</summary>
    public static DemoAccount? Find(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal)
        && int.TryParse(name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && n is >= 1 and <= Max && name == Prefix + n.ToString(CultureInfo.InvariantCulture)
            ? new DemoAccount(name, $"Load Candidate {n}", [Roles.Candidate], Iin: IinOf(n))
            : null;

    /// <summary>
    /// A valid IIN for n: birth date 1970-01-01 plus n mod 10,000 days, century-and-sex digit 3 or 4 by n's parity,
    /// registration digits n / 10,000 (plus 100 per retry when the check digit is undefined), then the check digit.
    /// </summary>
    public static string IinOf(int n)
    {
        var birth = FirstBirth.AddDays(n % 10_000);
        for (var retry = 0; retry < 100; retry++)
        {
            var first = string.Create(CultureInfo.InvariantCulture, $"{birth:yyMMdd}{(n % 2 == 0 ? 4 : 3)}{n / 10_000 + 100 * retry:D4}");
            if (Iin.CheckDigitFor(first) is { } check)
            {
                return first + check.ToString(CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("No valid IIN for this number.");
    }
}
