namespace Platform.Domain.Calendar;

/// <summary>
/// A computation needed a year for which no calendar is loaded. Deadlines are never guessed (SPEC §3):
/// an administrator has to load that year's calendar first.
/// </summary>
public sealed class CalendarYearNotLoadedException(int year)
    : Exception($"No working-day calendar is loaded for {year}; load it before computing dates in that year.")
{
    /// <summary>The year that is missing.</summary>
    public int Year { get; } = year;
}
