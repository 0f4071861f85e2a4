using Platform.Domain.Calendar;

namespace Platform.Frontend.Site.Admin;

/// <summary>One day of the year's grid: its place, whether it is worked, and why it is special (null for an ordinary day).</summary>
/// <param name="Date">The day.</param>
/// <param name="InMonth">Whether it belongs to the month of its table (the grid pads whole weeks).</param>
/// <param name="Working">A working day of the calendar.</param>
/// <param name="Special">What the calendar says of it, when it breaks the Monday-to-Friday pattern or is a holiday.</param>
public sealed record GridDay(DateOnly Date, bool InMonth, bool Working, CalendarDayInfo? Special);

/// <summary>One month of the year's grid, weeks from Monday.</summary>
public sealed record GridMonth(DateOnly First, IReadOnlyList<IReadOnlyList<GridDay>> Weeks);

/// <summary>
/// SPEC §3: a loaded year of the working calendar as twelve month grids, each day worked or not as the Domain's
/// <see cref="WorkingCalendar"/> says (holidays, moved holidays, transfers, unmoved religious days), never recomputed here.
/// </summary>
public static class YearGrid
{
    public static IReadOnlyList<GridMonth> Of(WorkingCalendar calendar, int year)
    {
        var special = calendar.DescribeYear(year).ToDictionary(day => day.Date);
        return [.. Enumerable.Range(1, 12).Select(month => Month(calendar, special, new DateOnly(year, month, 1)))];
    }

    private static GridMonth Month(WorkingCalendar calendar, Dictionary<DateOnly, CalendarDayInfo> special, DateOnly first)
    {
        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var weeks = new List<IReadOnlyList<GridDay>>();
        for (var monday = start; monday <= first.AddMonths(1).AddDays(-1); monday = monday.AddDays(7))
        {
            weeks.Add([.. Enumerable.Range(0, 7).Select(i => monday.AddDays(i)).Select(day => day.Month == first.Month
                ? new GridDay(day, true, calendar.IsWorkingDay(day), special.GetValueOrDefault(day))
                : new GridDay(day, false, false, null))]);
        }

        return new GridMonth(first, weeks);
    }

    /// <summary>A holiday's name in the page's language.</summary>
    public static string NameIn(LocalizedName name) => SiteLanguage.Current switch
    {
        "kk" => name.Kk,
        "ru" => name.Ru,
        _ => name.En,
    };
}
