namespace Platform.Domain.Calendar;

/// <summary>
/// SPEC §3: every deadline is counted in working days, so a year must be loaded before a deadline reaches it. Deadlines
/// of the Rules run at most a few weeks (P5, P6, P22), so a year is needed <see cref="Days"/> days before it begins.
/// </summary>
public static class CalendarHorizon
{
    /// <summary>How far ahead of today the deadlines may need the calendar, in calendar days.</summary>
    public const int Days = 60;

    /// <summary>The years from today to <see cref="Days"/> days on that the calendar does not have, ascending.</summary>
    public static IReadOnlyList<int> MissingYears(WorkingCalendar calendar, DateOnly today) =>
        [.. Enumerable.Range(today.Year, today.AddDays(Days).Year - today.Year + 1).Where(year => !calendar.Years.Contains(year))];

    /// <summary>The first day a missing year is needed: its 1 January, or today when it is this year.</summary>
    public static DateOnly NeededFrom(int year, DateOnly today) => year <= today.Year ? today : new DateOnly(year, 1, 1);
}
