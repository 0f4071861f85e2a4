using System.Text.Json;
using System.Text.RegularExpressions;

namespace Platform.Frontend.Site.Operator;

/// <summary>
/// An audit entry's words for the operator's audit page. The log holds keys, never personal data in clear (issue 6);
/// the page still masks any run of twelve digits, the shape of an IIN, whatever field it comes in.
/// </summary>
public static partial class AuditLines
{
    /// <summary>The text with every run of 12 digits or more masked.</summary>
    public static string Masked(string? text) => text is null ? "" : TwelveDigits().Replace(text, "••••••••••••");

    /// <summary>The details as "name: value" pairs, masked.</summary>
    public static IEnumerable<string> Details(JsonElement? details)
    {
        if (details is not { ValueKind: JsonValueKind.Object } found)
        {
            yield break;
        }

        foreach (var property in found.EnumerateObject())
        {
            var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
            yield return Masked($"{property.Name}: {value}");
        }
    }

    [GeneratedRegex(@"\d{12,}")]
    private static partial Regex TwelveDigits();
}
