using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace Platform.Frontend.Validation;

/// <summary>
/// An e-mail address (App.1) to which notices can be sent: one plain address (no display name, no list), at most 254
/// characters (RFC 5321's path limit), a domain with a dot. Null passes.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class EmailAttribute : ValidationAttribute
{
    private const int MaxLength = 254;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string text)
        {
            return ValidationResult.Success;
        }

        if (TextAttribute.Problem(text, MaxLength, multiline: false) is { } problem)
        {
            return new ValidationResult(problem);
        }

        return IsAddress(text) ? ValidationResult.Success : new ValidationResult(ValidationText.Email);
    }

    public static bool IsAddress(string text) =>
        MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.DisplayName.Length == 0
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.StartsWith('.')
        && !address.Host.EndsWith('.')
        && !text.Any(char.IsWhiteSpace);
}
