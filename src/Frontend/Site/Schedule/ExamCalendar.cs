using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;

namespace Platform.Frontend.Site.Schedule;

/// <summary>One day of the calendar grid.</summary>
/// <param name="Date">The day.</param>
/// <param name="InMonth">Whether it belongs to the month shown (the grid pads whole weeks).</param>
/// <param name="Working">A working day of Kazakhstan's calendar.</param>
/// <param name="Allowed">P6: an exam date allowed for a notice sent on the notice day (10th to 20th working day after it).</param>
/// <param name="Holiday">The holiday's name when the day is a holiday or a day off for one, in the page language.</param>
/// <param name="Known">Whether the day's year is loaded in the working calendar (an unknown day is never allowed).</param>
public sealed record CalendarDay(DateOnly Date, bool InMonth, bool Working, bool Allowed, string? Holiday, bool Known);

/// <summary>
/// The month grid of the scheduling page (P6): for a notice sent today, the exam dates the law allows (the 10th to the
/// 20th working day after the notice day, <see cref="ExamDateWindow"/>) and the days off, from the working calendar
/// the grains compute with (<see cref="CalendarSource"/>).
/// </summary>
public sealed record ExamCalendar(DateOnly NoticeDay, DateOnly Earliest, DateOnly Latest, DateOnly Month, IReadOnlyList<IReadOnlyList<CalendarDay>> Weeks)
{
    /// <summary>The grid of <paramref name="month"/> (its first day), weeks from Monday.</summary>
    public static ExamCalendar For(WorkingCalendar calendar, DateOnly noticeDay, DateOnly month)
    {
        var window = ExamDateWindow.For(calendar, noticeDay);
        var first = new DateOnly(month.Year, month.Month, 1);
        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var weeks = new List<IReadOnlyList<CalendarDay>>();
        for (var day = start; day <= first.AddMonths(1).AddDays(-1); day = day.AddDays(7))
        {
            weeks.Add([.. Enumerable.Range(0, 7).Select(i => Describe(calendar, window, day.AddDays(i), first))]);
        }

        return new ExamCalendar(noticeDay, window.Earliest, window.Latest, first, weeks);
    }

    /// <summary>The month to show: the one asked for (<c>yyyy-MM</c>) or the month of the earliest allowed date.</summary>
    public static DateOnly MonthOf(string? asked, DateOnly earliest) =>
        DateOnly.TryParseExact(asked + "-01", "yyyy-MM-dd", out var month) ? month : new DateOnly(earliest.Year, earliest.Month, 1);

    private static CalendarDay Describe(WorkingCalendar calendar, ExamDateWindow window, DateOnly date, DateOnly first)
    {
        var inMonth = date.Year == first.Year && date.Month == first.Month;
        if (!calendar.Years.Contains(date.Year))
        {
            return new CalendarDay(date, inMonth, false, false, null, false);
        }

        var working = calendar.IsWorkingDay(date);
        var special = calendar.DescribeYear(date.Year).FirstOrDefault(d => d.Date == date);
        var name = special?.HolidayName ?? (special?.RelatedDate is { } related && special.Reason == CalendarDayReason.MovedHoliday
            ? calendar.DescribeYear(related.Year).FirstOrDefault(d => d.Date == related)?.HolidayName
            : null);
        return new CalendarDay(date, inMonth, working, window.Check(date) is null, working ? null : NameIn(name), true);
    }

    private static string? NameIn(LocalizedName? name) => name is null ? null : SiteLanguage.Current switch
    {
        "kk" => name.Kk,
        "ru" => name.Ru,
        _ => name.En,
    };
}
