using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Domain.Calendar;

/// <summary>
/// The calendar data of one year (SPEC §3): its holidays and its transfers of days off. Moves of
/// weekend holidays are not data; <see cref="WorkingCalendar"/> computes them by the rule.
/// The JSON form is camelCase: <c>{ "year", "source", "holidays": [{ "date", "kind", "name": { "en", "ru", "kk" },
/// "provisional"?, "note"? }], "transfers": [{ "dayOff", "workedDay", "act" }] }</c>.
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Holidays">Every holiday of the year on its own date.</param>
/// <param name="Transfers">Transfers of days off set for the year.</param>
/// <param name="Source">The laws and acts the data is taken from.</param>
public sealed record CalendarYearData(
    int Year,
    IReadOnlyList<CalendarHoliday> Holidays,
    IReadOnlyList<CalendarTransfer> Transfers,
    string? Source = null)
{
    private const int FirstSupportedYear = 2000;
    private const int LastSupportedYear = 2099;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Reads and validates a year from its JSON form.</summary>
    /// <exception cref="CalendarDataException">The JSON is malformed or the data breaks a rule of the format.</exception>
    public static CalendarYearData Parse(string json)
    {
        CalendarYearData? data;
        try
        {
            data = JsonSerializer.Deserialize<CalendarYearData>(json, _json);
        }
        catch (JsonException ex)
        {
            throw new CalendarDataException(new CalendarProblem("MalformedJson", ex.Message), ex);
        }

        if (data is null)
        {
            throw new CalendarDataException(new CalendarProblem("DocumentNull"));
        }

        data.Validate();
        return data;
    }

    /// <summary>Writes the year in the same JSON form <see cref="Parse"/> reads.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, _json);

    /// <summary>The first rule of the format the year breaks (a date outside the year, a duplicate date, an impossible transfer…); null when it breaks none.</summary>
    public CalendarProblem? Check() => Problems().FirstOrDefault();

    /// <summary>Checks the rules of the format; throws on the first one broken.</summary>
    /// <exception cref="CalendarDataException">The first rule broken, see <see cref="Check"/>.</exception>
    public void Validate()
    {
        if (Check() is { } problem)
        {
            throw new CalendarDataException(problem);
        }
    }

    /// <summary>The rules in order; read only up to the first problem (what follows one may assume it absent).</summary>
    private IEnumerable<CalendarProblem> Problems()
    {
        if (Year is < FirstSupportedYear or > LastSupportedYear)
        {
            yield return new("YearOutOfRange", Year, FirstSupportedYear, LastSupportedYear);
        }

        if (Holidays is null || Transfers is null)
        {
            yield return new("ListsMissing");
            yield break;
        }

        var holidayDates = new HashSet<DateOnly>();
        foreach (var problem in HolidayProblems(holidayDates).Concat(TransferProblems(holidayDates)))
        {
            yield return problem;
        }
    }

    private IEnumerable<CalendarProblem> HolidayProblems(HashSet<DateOnly> dates)
    {
        foreach (var holiday in Holidays)
        {
            if (holiday is null)
            {
                yield return new("HolidayNull");
                yield break;
            }

            if (holiday.Date.Year != Year)
            {
                yield return new("HolidayNotInYear", holiday.Date, Year);
            }

            if (!Enum.IsDefined(holiday.Kind))
            {
                yield return new("HolidayKindUnknown", holiday.Date, holiday.Kind);
            }

            if (holiday.Name is null || IsBlank(holiday.Name.En) || IsBlank(holiday.Name.Ru) || IsBlank(holiday.Name.Kk))
            {
                yield return new("HolidayNameMissing", holiday.Date);
            }

            if (!dates.Add(holiday.Date))
            {
                yield return new("HolidayRepeated", holiday.Date);
            }
        }
    }

    private IEnumerable<CalendarProblem> TransferProblems(HashSet<DateOnly> holidayDates)
    {
        var days = new HashSet<DateOnly>();
        foreach (var transfer in Transfers)
        {
            if (transfer is null)
            {
                yield return new("TransferNull");
                yield break;
            }

            if (transfer.DayOff.Year != Year)
            {
                yield return new("TransferDayOffNotInYear", transfer.DayOff, Year);
            }

            if (transfer.WorkedDay.Year != Year)
            {
                yield return new("TransferWorkedDayNotInYear", transfer.WorkedDay, Year);
            }

            if (WorkingCalendar.IsWeekend(transfer.DayOff))
            {
                yield return new("TransferDayOffWeekend", transfer.DayOff);
            }

            if (!WorkingCalendar.IsWeekend(transfer.WorkedDay))
            {
                yield return new("TransferWorkedDayWeekday", transfer.WorkedDay);
            }

            if (holidayDates.Contains(transfer.DayOff) || holidayDates.Contains(transfer.WorkedDay))
            {
                yield return new("TransferTouchesHoliday", transfer.DayOff, transfer.WorkedDay);
            }

            if (IsBlank(transfer.Act))
            {
                yield return new("TransferActMissing", transfer.DayOff);
            }

            if (!days.Add(transfer.DayOff) || !days.Add(transfer.WorkedDay))
            {
                yield return new("TransferRepeated", transfer.DayOff, transfer.WorkedDay);
            }
        }
    }

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
