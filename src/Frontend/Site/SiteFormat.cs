using System.Globalization;
using Platform.Domain.Calendar;

namespace Platform.Frontend.Site;

/// <summary>Dates and times as a person in Kazakhstan reads them: Almaty time, in the page's language.</summary>
public static class SiteFormat
{
    private static CultureInfo Culture => CultureInfo.GetCultureInfo(SiteLanguage.Current switch
    {
        "kk" => "kk-KZ",
        "ru" => "ru-RU",
        _ => "en-GB",
    });

    /// <summary>"10 December 2026", "10 декабря 2026", "10 желтоқсан 2026"</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Date(DateTimeOffset instant) => Date(DateOnly.FromDateTime(Local(instant)));

    /// <summary>A date and time of day in Almaty time: "10 December 2026, 09:30".</summary>
    public static string DateTime(DateTimeOffset instant) => $"{Date(instant)}, {Local(instant).ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public static string Time(DateTimeOffset instant) => Local(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, KazakhstanTime.Zone).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture);

    private static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, KazakhstanTime.Zone).DateTime;
}
