using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Platform.Frontend.Validation;

/// <summary>
/// A text a person typed: at most <see cref="MaxLength"/> characters, no control characters (line breaks only where
/// <see cref="Multiline"/>), no bidirectional overrides or isolates (U+202A–U+202E, U+2066–U+2069: they make a name
/// read differently from what is stored), no unpaired surrogates, and at least one visible character. Null passes:
/// <see cref="PresentAttribute"/> says whether the member is required. Strings arrive NFC-normalized
/// (<see cref="NormalizingStringConverter"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public class TextAttribute(int maxLength) : ValidationAttribute
{
    public int MaxLength { get; } = maxLength;

    /// <summary>Whether line breaks and tabs are allowed (an address, a remark), not in a name.</summary>
    public bool Multiline { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string text || Problem(text, MaxLength, Multiline) is not { } problem
            ? ValidationResult.Success
            : new ValidationResult(problem, MemberNames(validationContext));

    /// <summary>What is wrong with <paramref name="text"/> in the request's language, or null.</summary>
    public static string? Problem(string text, int maxLength, bool multiline)
    {
        if (text.Length > maxLength)
        {
            return string.Format(CultureInfo.CurrentCulture, ValidationText.TooLong, "", maxLength);
        }

        var visible = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                visible = true;
                i++;
                continue;
            }

            if (Forbidden(c, multiline))
            {
                return ValidationText.ForbiddenCharacters;
            }

            visible |= Visible(c);
        }

        return visible || text.Length == 0 ? null : ValidationText.Invisible;
    }

    private static bool Forbidden(char c, bool multiline) =>
        (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
        || char.IsSurrogate(c)
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        || c is '\uFFFE' or '\uFFFF';

    /// <summary>Not a space, not a zero-width or other format character, not a filler that renders as nothing.</summary>
    private static bool Visible(char c) =>
        !char.IsWhiteSpace(c)
        && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format
        && c is not ('\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800');

    private static string[]? MemberNames(ValidationContext context) => context.MemberName is { } name ? [name] : null;
}
