using Platform.Domain.Calendar;

namespace Platform.Frontend.Calendar;

/// <param name="Date">The day.</param>
/// <param name="Reason">holiday, holidayOnWeekend, movedHoliday, transferredDayOff or workedWeekendDay.</param>
/// <param name="Holiday">The holiday's name in en, ru and kk, where a holiday is the reason.</param>
/// <param name="MovedFrom">For a moved holiday: the weekend day the holiday fell on.</param>
/// <param name="MovedTo">For a holiday on a weekend: the weekday it moved to (none for days that never move).</param>
/// <param name="TransferredWith">For a transfer: the other day of it.</param>
/// <param name="Act">For a transfer: the act that set it.</param>
public sealed record CalendarDayResponse(
    DateOnly Date,
    string Reason,
    LocalizedName? Holiday,
    DateOnly? MovedFrom,
    DateOnly? MovedTo,
    DateOnly? TransferredWith,
    string? Act)
{
    public static CalendarDayResponse From(CalendarDayInfo day) => new(
        day.Date,
        char.ToLowerInvariant(day.Reason.ToString()[0]) + day.Reason.ToString()[1..],
        day.HolidayName,
        day.Reason == CalendarDayReason.MovedHoliday ? day.RelatedDate : null,
        day.Reason == CalendarDayReason.HolidayOnWeekend ? day.RelatedDate : null,
        day.Reason is CalendarDayReason.TransferredDayOff or CalendarDayReason.WorkedWeekendDay ? day.RelatedDate : null,
        day.Act);
}
