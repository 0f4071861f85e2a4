namespace Platform.Domain.Calendar;

/// <summary>One special day of a year, as <see cref="WorkingCalendar.DescribeYear"/> lists it.</summary>
/// <param name="Date">The day.</param>
/// <param name="IsWorkingDay">Whether it is a working day.</param>
/// <param name="Reason">Why it is special.</param>
/// <param name="HolidayName">The holiday's name, for holidays and moved holidays.</param>
/// <param name="RelatedDate">
/// For <see cref="CalendarDayReason.MovedHoliday"/> the holiday it was moved from; for
/// <see cref="CalendarDayReason.HolidayOnWeekend"/> the day it moved to (null if it is not moved);
/// for transfers the other day of the transfer.
/// </param>
/// <param name="Act">The act that set a transfer.</param>
public sealed record CalendarDayInfo(
    DateOnly Date,
    bool IsWorkingDay,
    CalendarDayReason Reason,
    LocalizedName? HolidayName = null,
    DateOnly? RelatedDate = null,
    string? Act = null);
