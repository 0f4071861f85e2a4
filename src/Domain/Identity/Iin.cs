using System.Diagnostics.CodeAnalysis;

namespace Platform.Domain.Identity;

/// <summary>
/// The individual identification number (SPEC §4): YYMMDD birth date, a century-and-sex digit (1/2 → 1800s,
/// 3/4 → 1900s, 5/6 → 2000s; odd male, even female), four registration digits and a check digit.
/// It is personal data: <see cref="ToString"/> never shows the digits; read <see cref="Value"/> explicitly.
/// </summary>
public sealed record Iin
{
    private const int Length = 12;
    private const int CheckedDigits = 11;
    private const int Modulus = 11;
    private const int Undefined = 10;
    private static readonly int[] _firstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] _secondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    private Iin(string value, DateOnly birthDate, Sex sex)
    {
        Value = value;
        BirthDate = birthDate;
        Sex = sex;
    }

    /// <summary>The twelve digits. Personal data: never log it or put it in a key or URL.</summary>
    public string Value { get; }

    /// <summary>The date of birth encoded in the first six digits and the century digit.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The sex encoded in the 7th digit.</summary>
    public Sex Sex { get; }

    /// <summary>Parses and validates; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Iin? iin, out IinError error)
    {
        iin = null;
        error = Validate(text, out var birthDate, out var sex);
        if (error != IinError.None)
        {
            return false;
        }

        iin = new Iin(text!, birthDate, sex);
        return true;
    }

    /// <summary>Parses and validates.</summary>
    /// <exception cref="FormatException">Not a valid IIN; the message names the <see cref="IinError"/>, never the digits.</exception>
    public static Iin Parse(string text) =>
        TryParse(text, out var iin, out var error) ? iin : throw new FormatException($"Not a valid IIN: {error}.");

    /// <summary>
    /// The check digit for the first eleven digits: weights 1..11 mod 11; if that gives 10, weights
    /// 3,4,5,6,7,8,9,10,11,1,2 mod 11; null if it is 10 again (no valid IIN).
    /// </summary>
    public static int? CheckDigitFor(ReadOnlySpan<char> firstElevenDigits)
    {
        if (firstElevenDigits.Length != CheckedDigits || !IsAllDigits(firstElevenDigits))
        {
            throw new ArgumentException("Exactly eleven digits are required.", nameof(firstElevenDigits));
        }

        var check = WeightedSum(firstElevenDigits, _firstWeights) % Modulus;
        if (check == Undefined)
        {
            check = WeightedSum(firstElevenDigits, _secondWeights) % Modulus;
        }

        return check == Undefined ? null : check;
    }

    /// <summary>Masked: the digits are personal data.</summary>
    public override string ToString() => "IIN(***)";

    private static IinError Validate(string? text, out DateOnly birthDate, out Sex sex)
    {
        birthDate = default;
        sex = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return IinError.Empty;
        }

        if (text.Length != Length)
        {
            return IinError.WrongLength;
        }

        if (!IsAllDigits(text))
        {
            return IinError.NotDigits;
        }

        var centuryDigit = text[6] - '0';
        if (centuryDigit is < 1 or > 6)
        {
            return IinError.InvalidCenturyDigit;
        }

        sex = centuryDigit % 2 == 1 ? Sex.Male : Sex.Female;
        if (!TryBirthDate(text, centuryDigit, out birthDate))
        {
            return IinError.InvalidBirthDate;
        }

        return CheckDigitFor(text.AsSpan(0, CheckedDigits)) switch
        {
            null => IinError.CheckDigitUndefined,
            var check when check != text[CheckedDigits] - '0' => IinError.CheckDigitMismatch,
            _ => IinError.None,
        };
    }

    private static bool TryBirthDate(string text, int centuryDigit, out DateOnly birthDate)
    {
        var century = 1800 + ((centuryDigit - 1) / 2 * 100);
        var year = century + TwoDigits(text, 0);
        var month = TwoDigits(text, 2);
        var day = TwoDigits(text, 4);
        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        birthDate = valid ? new DateOnly(year, month, day) : default;
        return valid;
    }

    private static int TwoDigits(string text, int start) => ((text[start] - '0') * 10) + (text[start + 1] - '0');

    private static int WeightedSum(ReadOnlySpan<char> digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < CheckedDigits; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
