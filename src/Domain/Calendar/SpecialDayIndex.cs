namespace Platform.Domain.Calendar;

/// <summary>
/// Builds the days that depart from Monday-to-Friday for a set of loaded years, computing the moves of
/// weekend state holidays by the rule of SPEC §3 (Labour Code): a state holiday on a Saturday or Sunday
/// moves to the next working day; consecutive ones take consecutive working days; a moved day skips days
/// that are themselves holidays, transferred days off or already taken by an earlier move. A move may land
/// in the next year when that year is loaded.
/// </summary>
internal static class SpecialDayIndex
{
    public static Dictionary<DateOnly, CalendarDayInfo> Build(IReadOnlyDictionary<int, CalendarYearData> years)
    {
        var days = new Dictionary<DateOnly, CalendarDayInfo>();
        foreach (var data in years.Values)
        {
            AddHolidays(days, data);
            AddTransfers(days, data);
        }

        MoveWeekendHolidays(days, years);
        return days;
    }

    private static void AddHolidays(Dictionary<DateOnly, CalendarDayInfo> days, CalendarYearData data)
    {
        foreach (var holiday in data.Holidays)
        {
            var reason = WorkingCalendar.IsWeekend(holiday.Date) ? CalendarDayReason.HolidayOnWeekend : CalendarDayReason.Holiday;
            days[holiday.Date] = new CalendarDayInfo(holiday.Date, false, reason, holiday.Name);
        }
    }

    private static void AddTransfers(Dictionary<DateOnly, CalendarDayInfo> days, CalendarYearData data)
    {
        foreach (var transfer in data.Transfers)
        {
            days[transfer.DayOff] = new CalendarDayInfo(
                transfer.DayOff, false, CalendarDayReason.TransferredDayOff, RelatedDate: transfer.WorkedDay, Act: transfer.Act);
            days[transfer.WorkedDay] = new CalendarDayInfo(
                transfer.WorkedDay, true, CalendarDayReason.WorkedWeekendDay, RelatedDate: transfer.DayOff, Act: transfer.Act);
        }
    }

    private static void MoveWeekendHolidays(Dictionary<DateOnly, CalendarDayInfo> days, IReadOnlyDictionary<int, CalendarYearData> years)
    {
        var weekendStateHolidays = years.Values
            .SelectMany(y => y.Holidays)
            .Where(h => h.Kind == HolidayKind.State && WorkingCalendar.IsWeekend(h.Date))
            .OrderBy(h => h.Date);

        foreach (var holiday in weekendStateHolidays)
        {
            var target = NextFreeWeekday(holiday.Date, days, years);
            if (target is not { } day)
            {
                continue; // lands in a year that is not loaded; queries of that year throw anyway
            }

            days[day] = new CalendarDayInfo(day, false, CalendarDayReason.MovedHoliday, holiday.Name, holiday.Date);
            days[holiday.Date] = days[holiday.Date] with { RelatedDate = day };
        }
    }

    private static DateOnly? NextFreeWeekday(
        DateOnly holiday, Dictionary<DateOnly, CalendarDayInfo> days, IReadOnlyDictionary<int, CalendarYearData> years)
    {
        for (var day = holiday.AddDays(1); years.ContainsKey(day.Year); day = day.AddDays(1))
        {
            if (!WorkingCalendar.IsWeekend(day) && !days.ContainsKey(day))
            {
                return day;
            }
        }

        return null;
    }
}
