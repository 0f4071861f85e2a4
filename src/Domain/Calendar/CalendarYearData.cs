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
            throw new CalendarDataException($"Calendar JSON is malformed: {ex.Message}", ex);
        }

        if (data is null)
        {
            throw new CalendarDataException("Calendar JSON is empty (null).");
        }

        data.Validate();
        return data;
    }

    /// <summary>Writes the year in the same JSON form <see cref="Parse"/> reads.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, _json);

    /// <summary>Checks the rules of the format; throws on the first one broken.</summary>
    /// <exception cref="CalendarDataException">A date outside the year, a duplicate date, an impossible transfer, etc.</exception>
    public void Validate()
    {
        if (Year is < FirstSupportedYear or > LastSupportedYear)
        {
            throw Error($"year {Year} is outside {FirstSupportedYear}..{LastSupportedYear}");
        }

        if (Holidays is null || Transfers is null)
        {
            throw Error("'holidays' and 'transfers' must both be present (use [] for none)");
        }

        var holidayDates = ValidateHolidays();
        ValidateTransfers(holidayDates);
    }

    private HashSet<DateOnly> ValidateHolidays()
    {
        var dates = new HashSet<DateOnly>();
        foreach (var holiday in Holidays)
        {
            if (holiday is null)
            {
                throw Error("a holiday entry is null");
            }

            RequireInYear(holiday.Date, "holiday");
            if (!Enum.IsDefined(holiday.Kind))
            {
                throw Error($"holiday {holiday.Date:yyyy-MM-dd} has an unknown kind {holiday.Kind}");
            }

            if (holiday.Name is null || IsBlank(holiday.Name.En) || IsBlank(holiday.Name.Ru) || IsBlank(holiday.Name.Kk))
            {
                throw Error($"holiday {holiday.Date:yyyy-MM-dd} needs a name in en, ru and kk");
            }

            if (!dates.Add(holiday.Date))
            {
                throw Error($"duplicate holiday date {holiday.Date:yyyy-MM-dd}");
            }
        }

        return dates;
    }

    private void ValidateTransfers(HashSet<DateOnly> holidayDates)
    {
        var days = new HashSet<DateOnly>();
        foreach (var transfer in Transfers)
        {
            if (transfer is null)
            {
                throw Error("a transfer entry is null");
            }

            RequireInYear(transfer.DayOff, "transfer day off");
            RequireInYear(transfer.WorkedDay, "transfer worked day");
            if (WorkingCalendar.IsWeekend(transfer.DayOff))
            {
                throw Error($"transfer day off {transfer.DayOff:yyyy-MM-dd} is a {transfer.DayOff.DayOfWeek}, not a weekday");
            }

            if (!WorkingCalendar.IsWeekend(transfer.WorkedDay))
            {
                throw Error($"transfer worked day {transfer.WorkedDay:yyyy-MM-dd} is a {transfer.WorkedDay.DayOfWeek}, not a Saturday or Sunday");
            }

            if (holidayDates.Contains(transfer.DayOff) || holidayDates.Contains(transfer.WorkedDay))
            {
                throw Error($"transfer {transfer.DayOff:yyyy-MM-dd}/{transfer.WorkedDay:yyyy-MM-dd} touches a holiday");
            }

            if (IsBlank(transfer.Act))
            {
                throw Error($"transfer {transfer.DayOff:yyyy-MM-dd} must name the act that set it");
            }

            if (!days.Add(transfer.DayOff) || !days.Add(transfer.WorkedDay))
            {
                throw Error($"transfer {transfer.DayOff:yyyy-MM-dd}/{transfer.WorkedDay:yyyy-MM-dd} repeats a day of another transfer");
            }
        }
    }

    private void RequireInYear(DateOnly date, string what)
    {
        if (date.Year != Year)
        {
            throw Error($"{what} {date:yyyy-MM-dd} is not in {Year}");
        }
    }

    private CalendarDataException Error(string message) => new($"Calendar {Year}: {message}.");

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
