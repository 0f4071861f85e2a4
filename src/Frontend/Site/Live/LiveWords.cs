using System.Globalization;
using System.Text.Json;
using Platform.Domain.Procedure;
using Platform.Grains.Live;

namespace Platform.Frontend.Site.Live;

/// <summary>
/// How a row's cells read, on the server and (as the JSON the page carries) in live.js, so both write the same text
/// in the page language. Enum values are camelCase, as the hub sends them.
/// </summary>
public static class LiveWords
{
    public static string Camel<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The case's short number, as the center's other pages show it.</summary>
    public static string ShortCase(string caseId) => caseId.Length >= 13 ? caseId[5..13] : caseId;

    /// <summary>Time left of the theory stage at <paramref name="at"/> (P9-P11): the deadline's distance when known.</summary>
    public static TimeSpan Left(LiveSitting row, DateTimeOffset at) =>
        row.State != SittingState.TheoryOpen ? TimeSpan.Zero
        : row.Deadline is { } deadline ? (deadline - at < TimeSpan.Zero ? TimeSpan.Zero : deadline - at)
        : row.TimeLeft;

    public static string TimeLeft(LiveSitting row, DateTimeOffset at) =>
        row.State == SittingState.TheoryOpen ? Left(row, at).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "—";

    /// <summary>An instant in Almaty time to the second (when a suspicious event was seen).</summary>
    public static string Clock(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Domain.Calendar.KazakhstanTime.Zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Answers(LiveSitting row) => row.Total > 0 ? $"{row.Answered}/{row.Total}" : "—";

    /// <summary>Why the sitting ended early, with its rule: P13 (terminated, removed), P11 (technical failure); else a dash.</summary>
    public static string Ended(SittingState state) => state switch
    {
        SittingState.Terminated or SittingState.Removed => SiteText.Say("Live.Ended." + state, Domain.Rules.Rule.P13.Id),
        SittingState.TechnicalFailure => SiteText.Say("Live.Ended." + state, Domain.Rules.Rule.P11.Id),
        _ => "—",
    };

    public static string RowClass(LiveSitting row) =>
        LiveFilter.NeedsAttention(row) ? "attention" : LiveFilter.IsFinal(row.State) ? "final" : "";

    /// <summary>Every text live.js writes, in the page language.</summary>
    public static string Json() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["states"] = Enum.GetValues<SittingState>().ToDictionary(Camel, state => SiteText.Say("Live.State." + state)),
        ["final"] = Enum.GetValues<SittingState>().Where(LiveFilter.IsFinal).Select(Camel).ToArray(),
        ["ended"] = new[] { SittingState.Terminated, SittingState.Removed, SittingState.TechnicalFailure }
            .ToDictionary(Camel, state => SiteText.Say("Live.Ended." + state, "{0}")),
        ["connections"] = Enum.GetValues<ConnectionState>().ToDictionary(Camel, state => SiteText.Say("Live.Connection." + state)),
        ["suspicious"] = SiteText.Say("Live.Suspicious.Value", "{0}", "{1}"),
        ["summary"] = SiteText.Say("Live.Summary", "{0}", "{1}", "{2}"),
        ["caption"] = SiteText.Say("Live.Caption", "{0}"),
        ["status"] = new[] { "Connecting", "Connected", "Reconnecting", "Closed", "Refused" }
            .ToDictionary(key => key.ToLowerInvariant(), key => SiteText.Say("Live.Status." + key)),
        ["unnamed"] = SiteText.Say("Live.Unnamed"),
    });
}
