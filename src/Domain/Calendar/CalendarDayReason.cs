namespace Platform.Domain.Calendar;

/// <summary>Why a day departs from the plain Monday-to-Friday pattern.</summary>
public enum CalendarDayReason
{
    /// <summary>A holiday on a weekday: a day off.</summary>
    Holiday,

    /// <summary>A holiday on a Saturday or Sunday; for a state holiday the related date is the day it moved to.</summary>
    HolidayOnWeekend,

    /// <summary>A weekday off because a weekend holiday moved to it; the related date is the holiday.</summary>
    MovedHoliday,

    /// <summary>A weekday off by a transfer; the related date is the worked weekend day.</summary>
    TransferredDayOff,

    /// <summary>A Saturday or Sunday worked by a transfer; the related date is the day off it paid for.</summary>
    WorkedWeekendDay,
}
