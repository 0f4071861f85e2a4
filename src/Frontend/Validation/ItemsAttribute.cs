using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Platform.Frontend.Validation;

/// <summary>
/// A list of <paramref name="minimum"/> to <paramref name="maximum"/> items, none of them null. The items' own members
/// are checked by their own attributes (the framework walks into them); a list of strings checks each item as a
/// <see cref="TextAttribute"/> of <see cref="ItemLength"/> when that is set. Null passes.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class ItemsAttribute(int minimum, int maximum) : ValidationAttribute
{
    /// <summary>For a list of strings: the longest item; 0 for a list of objects.</summary>
    public int ItemLength { get; init; }

    /// <summary>For a list of strings: whether an item may span lines.</summary>
    public bool Multiline { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not IEnumerable items || value is string)
        {
            return ValidationResult.Success;
        }

        var count = 0;
        foreach (var item in items)
        {
            count++;
            if (count > maximum)
            {
                return Result(ValidationText.TooManyItems, maximum);
            }

            if (item is null)
            {
                return Result(ValidationText.EmptyItem, count);
            }

            if (item is string text && ItemLength > 0
                && (string.IsNullOrWhiteSpace(text) ? ValidationText.Invisible : TextAttribute.Problem(text, ItemLength, Multiline)) is { } problem)
            {
                return Result(ValidationText.BadItem, count, problem);
            }
        }

        return count < minimum ? Result(ValidationText.TooFewItems, minimum) : ValidationResult.Success;
    }

    private static ValidationResult Result(string format, params object[] arguments) =>
        new(string.Format(CultureInfo.CurrentCulture, format, ["", .. arguments]));
}
