using System.Globalization;
using System.Text.Json;
using Platform.Frontend.Site.Appeal;
using Platform.Grains.Sittings;
using Platform.Grains.Sittings.Events;

namespace Platform.Integration.Tests.Sittings;

/// <summary>Issue 17: the sitting's log page words an outage credit — how much, for which window, decided by the platform — in kk, ru and en.</summary>
public sealed class OutageLogWordingTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 17, 5, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en", "Outage time given back by the platform (P11)", "42 s for the outage from ", "decided by the platform", "30-minute cap")]
    [InlineData("ru", "Время сбоя платформы возмещено (п. 11)", "42 с за сбой с ", "решение платформы", "30 минут")]
    [InlineData("kk", "Платформа ақауының уақыты өтелді (11-т.)", "", "ақау үшін 42 с, платформаның шешімі", "30 минут")]
    public void AnOutageCreditReadsInThePageLanguage(string language, string what, string opening, string decided, string cap)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var fact = new OutageCredited("platform", "platform", At, At.AddSeconds(42), 42, true, "P11");
            var record = new SittingLogRecord("sitting-x-1", 7, At.AddSeconds(43), "OutageCredited", SittingEventJson.ToJson(fact), "", "");

            var entry = LogWording.Entry(record, JsonDocument.Parse(record.Payload).RootElement, new Dictionary<string, int>(), new Dictionary<string, string>(), null);

            Assert.Equal(what, entry.What);
            Assert.StartsWith(opening, entry.Detail, StringComparison.Ordinal);
            Assert.Contains(decided, entry.Detail, StringComparison.Ordinal);
            Assert.Contains(cap, entry.Detail, StringComparison.Ordinal);
            // The window in Almaty time, to the second.
            Assert.Contains("10:00:00", entry.Detail, StringComparison.Ordinal);
            Assert.Contains("10:00:42", entry.Detail, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
