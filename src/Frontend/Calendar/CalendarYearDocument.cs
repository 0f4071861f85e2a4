using Platform.Domain.Calendar;

namespace Platform.Frontend.Calendar;

/// <summary>
/// SPEC §3: a year of the working calendar as an administrator sends it (the JSON of the shipped data files), checked
/// by the calendar of the Domain, for the API (<c>PUT /api/v1/admin/calendar/{year}</c>) and the administrator's page.
/// </summary>
public static class CalendarYearDocument
{
    /// <summary>The year read from <paramref name="json"/>, or why it is not a valid calendar of <paramref name="year"/> (the Domain's decision, to be worded).</summary>
    public static (CalendarYearData? Data, CalendarProblem? Problem) Read(int year, string json)
    {
        CalendarYearData data;
        try
        {
            data = CalendarYearData.Parse(json);
        }
        catch (CalendarDataException invalid)
        {
            return (null, invalid.Problem);
        }

        return data.Year == year ? (data, null) : (null, new CalendarProblem("YearMismatch", data.Year, year));
    }

    /// <summary>Why an edited year is not valid (the Domain's check), or null when it is.</summary>
    public static CalendarProblem? Check(CalendarYearData data) => data.Check();
}
