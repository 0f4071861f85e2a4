using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Frontend.Validation;

/// <summary>
/// An identifier in a fixed format (a center number, a program code, a key the platform issued): the whole value
/// matches <paramref name="pattern"/>; the message describes the format with the resource <paramref name="described"/>.
/// Null passes.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class FormatAttribute(string pattern, string described) : ValidationAttribute
{
    private readonly Regex _pattern = new($"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string text || _pattern.IsMatch(text)
            ? ValidationResult.Success
            : new ValidationResult(string.Format(CultureInfo.CurrentCulture, ValidationText.Format, "", ValidationText.Describe(described)));
}
