namespace Platform.Domain.Calendar;

/// <summary>
/// Civil time of Kazakhstan (SPEC §2: deadlines end at 23:59:59 Asia/Almaty, UTC+5).
/// Uses the system's "Asia/Almaty" zone, which knows that Almaty was UTC+6 before 2024-03-01;
/// where the system has no such zone it falls back to a fixed UTC+5.
/// </summary>
public static class KazakhstanTime
{
    private static readonly TimeSpan _fallbackOffset = TimeSpan.FromHours(5);

    /// <summary>The zone used for every day boundary.</summary>
    public static TimeZoneInfo Zone { get; } = LoadZone();

    /// <summary>The first instant of a day in Kazakhstan.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => AtLocal(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The last instant of a day in Kazakhstan: 23:59:59.9999999 (the last tick), local time.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) => AtLocal(day.ToDateTime(TimeOnly.MaxValue));

    /// <summary>The Kazakhstan calendar day that an instant falls on.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static DateTimeOffset AtLocal(DateTime local) => new(local, Zone.GetUtcOffset(local));

    private static TimeZoneInfo LoadZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Almaty", _fallbackOffset, "Kazakhstan (UTC+5)", "Kazakhstan (UTC+5)");
        }
    }
}
