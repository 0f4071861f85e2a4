using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Platform.Frontend.Validation;

/// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>, worded in the request's language.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class BetweenAttribute(int minimum, int maximum) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not int number || (number >= minimum && number <= maximum)
            ? ValidationResult.Success
            : new ValidationResult(string.Format(CultureInfo.CurrentCulture, ValidationText.Range, "", minimum, maximum));
}
