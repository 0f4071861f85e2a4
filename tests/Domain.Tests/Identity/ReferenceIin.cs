namespace Platform.Domain.Tests.Identity;

/// <summary>An independent, plain reading of SPEC §4 used to generate and judge IINs in property tests.</summary>
internal static class ReferenceIin
{
    private static readonly int[] _first = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] _second = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public static int FirstSum(string digits) => Enumerable.Range(0, 11).Sum(i => (digits[i] - '0') * _first[i]) % 11;

    public static int? Check(string digits)
    {
        var first = FirstSum(digits);
        if (first != 10)
        {
            return first;
        }

        var second = Enumerable.Range(0, 11).Sum(i => (digits[i] - '0') * _second[i]) % 11;
        return second == 10 ? null : second;
    }

    public static string? Make(DateOnly birth, bool male, int registration)
    {
        var centuryDigit = ((birth.Year - 1800) / 100 * 2) + (male ? 1 : 2);
        var first11 = $"{birth:yyMMdd}{centuryDigit}{registration:D4}";
        return Check(first11) is { } check ? first11 + check : null;
    }

    public static bool IsValid(string text)
    {
        if (text.Length != 12 || !text.All(char.IsAsciiDigit) || text[6] is < '1' or > '6')
        {
            return false;
        }

        var year = 1800 + ((text[6] - '1') / 2 * 100) + int.Parse(text[..2]);
        return DateOnly.TryParseExact($"{year:D4}{text[2..6]}", "yyyyMMdd", out _) && Check(text) == text[11] - '0';
    }
}
