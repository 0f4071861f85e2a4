using System.Globalization;

namespace Platform.HubProtocol;

/// <summary>
/// A <see cref="DateTimeOffset"/> as System.Text.Json writes it: ISO 8601 with its offset, the fraction of a second
/// without trailing zeros ("2026-03-17T10:00:00+05:00", "…T10:00:00.25+00:00").
/// </summary>
public sealed class InstantAsText() : TextFormatter<DateTimeOffset>("O", trimsFraction: true)
{
    protected override DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
