using System.Text.Json.Serialization;

namespace Platform.Domain.Calendar;

/// <summary>One holiday of a calendar year, as the data file lists it.</summary>
/// <param name="Date">The day of the holiday itself (not the day it is moved to).</param>
/// <param name="Kind">Whether it moves when it falls on a weekend.</param>
/// <param name="Name">Its name in en/ru/kk.</param>
/// <param name="Provisional">True when the date is expected but not yet published (e.g. Kurban Ait of a future year).</param>
/// <param name="Note">Free text for administrators, e.g. why a date is provisional.</param>
public sealed record CalendarHoliday(
    DateOnly Date,
    HolidayKind Kind,
    LocalizedName Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Provisional = false,
    string? Note = null);
