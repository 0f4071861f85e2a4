using System.ComponentModel.DataAnnotations;

namespace Platform.Frontend.Validation;

/// <summary>
/// A phone number (App.1: mobile, work): 10 to 15 digits (E.164 allows 15), an optional leading +, and the spaces,
/// hyphens and brackets people write between groups. Null passes.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class PhoneAttribute : ValidationAttribute
{
    private const int MaxLength = 32;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string text || IsPhone(text) ? ValidationResult.Success : new ValidationResult(ValidationText.Phone);

    public static bool IsPhone(string text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        var body = text.StartsWith('+') ? text[1..] : text;
        var digits = body.Count(char.IsAsciiDigit);
        return digits is >= 10 and <= 15 && body.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')');
    }
}
