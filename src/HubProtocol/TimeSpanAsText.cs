using System.Globalization;

namespace Platform.HubProtocol;

/// <summary>A <see cref="TimeSpan"/> as System.Text.Json writes it: "[-][d.]hh:mm:ss[.fffffff]" (the "c" format).</summary>
public sealed class TimeSpanAsText() : TextFormatter<TimeSpan>("c", trimsFraction: false)
{
    protected override TimeSpan Parse(string text) => TimeSpan.ParseExact(text, "c", CultureInfo.InvariantCulture);
}
