using Platform.Domain.Calendar;

namespace Platform.Frontend.Calendar;

/// <summary>A year of the working calendar: the days that break the Monday-to-Friday pattern.</summary>
public sealed record CalendarYearResponse(
    int Year,
    string? Source,
    IReadOnlyList<CalendarDayResponse> NonWorkingWeekdays,
    IReadOnlyList<CalendarDayResponse> WorkedWeekendDays,
    IReadOnlyList<CalendarDayResponse> HolidaysOnWeekends)
{
    public static CalendarYearResponse From(CalendarYearData data, IReadOnlyList<CalendarDayInfo> days) => new(
        data.Year,
        data.Source,
        Select(days, day => !day.IsWorkingDay && !WorkingCalendar.IsWeekend(day.Date)),
        Select(days, day => day.Reason == CalendarDayReason.WorkedWeekendDay),
        Select(days, day => day.Reason == CalendarDayReason.HolidayOnWeekend));

    private static CalendarDayResponse[] Select(IReadOnlyList<CalendarDayInfo> days, Func<CalendarDayInfo, bool> which) =>
        [.. days.Where(which).OrderBy(day => day.Date).Select(CalendarDayResponse.From)];
}
