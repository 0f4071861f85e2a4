using System.Globalization;

namespace Platform.Domain.Identity;

/// <summary>
/// Fictional but valid IINs for numbered synthetic people (issue 7, the load test): the development token issuer gives
/// them to its <c>load.candidate.&lt;n&gt;</c> accounts and the load generator registers those candidates with them, so
/// both derive the same IIN from n. Births spread over 1970-1997; distinct for n up to 100,000.
/// </summary>
public static class SyntheticIin
{
    private static readonly DateOnly FirstBirth = new(1970, 1, 1);

    /// <summary>
    /// A valid IIN for n: birth date 1970-01-01 plus n mod 10,000 days, century-and-sex digit 3 or 4 by n's parity,
    /// registration digits n / 10,000 (plus 100 per retry when the check digit is undefined), then the check digit.
    /// </summary>
    public static string For(int n)
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
