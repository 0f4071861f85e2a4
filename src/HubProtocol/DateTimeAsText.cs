using System.Globalization;

namespace Platform.HubProtocol;

/// <summary>A <see cref="DateTime"/> as System.Text.Json writes it: ISO 8601 ("…Z" when UTC), no trailing zeros in the fraction.</summary>
public sealed class DateTimeAsText() : TextFormatter<DateTime>("O", trimsFraction: true)
{
    protected override DateTime Parse(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
