using System.Collections.Immutable;
using System.Reflection;

namespace Platform.Domain.Calendar;

/// <summary>
/// The working-day calendar of Kazakhstan (SPEC §3): Monday to Friday, less holidays, moved weekend
/// holidays and transferred days off, plus worked weekend days. Immutable; every date computation
/// throws <see cref="CalendarYearNotLoadedException"/> for a year that is not loaded instead of guessing.
/// All deadlines of the Rules (P5, P6, P17, P18, P19, P20, P22) are counted in these working days.
/// </summary>
public sealed class WorkingCalendar
{
    private const string ResourcePrefix = "Platform.Domain.Calendar.";
    private static readonly Lazy<WorkingCalendar> _shipped = new(LoadShipped);

    private readonly ImmutableSortedDictionary<int, CalendarYearData> _years;
    private readonly Dictionary<DateOnly, CalendarDayInfo> _specialDays;

    private WorkingCalendar(ImmutableSortedDictionary<int, CalendarYearData> years)
    {
        _years = years;
        _specialDays = SpecialDayIndex.Build(years);
    }

    /// <summary>The years shipped with the platform as embedded data (cached).</summary>
    public static WorkingCalendar Shipped() => _shipped.Value;

    /// <summary>A calendar of exactly these years; each is validated.</summary>
    /// <exception cref="CalendarDataException">A year is invalid or given twice.</exception>
    public static WorkingCalendar FromYears(IEnumerable<CalendarYearData> years)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<int, CalendarYearData>();
        foreach (var year in years)
        {
            year.Validate();
            if (!builder.TryAdd(year.Year, year))
            {
                throw new CalendarDataException(new CalendarProblem("YearRepeated", year.Year));
            }
        }

        return new WorkingCalendar(builder.ToImmutable());
    }

    /// <summary>A copy of this calendar with the year added, or replaced if it was loaded.</summary>
    public WorkingCalendar WithYear(CalendarYearData year)
    {
        year.Validate();
        return new WorkingCalendar(_years.SetItem(year.Year, year));
    }

    /// <summary>The loaded years, ascending.</summary>
    public IReadOnlyCollection<int> Years => _years.Keys.ToArray();

    /// <summary>The data of a loaded year.</summary>
    public CalendarYearData DataFor(int year) => _years.TryGetValue(year, out var data) ? data : throw new CalendarYearNotLoadedException(year);

    /// <summary>Saturday or Sunday.</summary>
    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>Whether the day is a working day.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        RequireYear(day.Year);
        return _specialDays.TryGetValue(day, out var info) ? info.IsWorkingDay : !IsWeekend(day);
    }

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="from"/>; <paramref name="from"/> itself is not
    /// counted ("within N working days after the day of X"); n = 0 returns <paramref name="from"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly from, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var day = from;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The number of working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>].</summary>
    public int WorkingDaysBetween(DateOnly fromExclusive, DateOnly toInclusive)
    {
        if (toInclusive < fromExclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(toInclusive), "The end must not precede the start.");
        }

        var count = 0;
        for (var day = fromExclusive.AddDays(1); day <= toInclusive; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The end of the <paramref name="workingDays"/>-th working day after the day of the event (SPEC §2): the last tick
    /// of that day (23:59:59.9999999) in Asia/Almaty (see <see cref="KazakhstanTime"/>). A deadline is breached
    /// by anything later than this instant.
    /// </summary>
    public DateTimeOffset DeadlineAfter(DateOnly dayOfEvent, int workingDays) =>
        KazakhstanTime.EndOfDay(AddWorkingDays(dayOfEvent, workingDays));

    /// <summary>
    /// Every day of the year that departs from the Monday-to-Friday pattern or carries a holiday: holidays (on
    /// weekdays and on weekends, with the day a weekend state holiday moved to), moved holidays (with the holiday
    /// they come from), transferred days off and worked weekend days (with the other day and the act). By date.
    /// </summary>
    public IReadOnlyList<CalendarDayInfo> DescribeYear(int year)
    {
        RequireYear(year);
        return _specialDays.Values.Where(d => d.Date.Year == year).OrderBy(d => d.Date).ToArray();
    }

    private void RequireYear(int year)
    {
        if (!_years.ContainsKey(year))
        {
            throw new CalendarYearNotLoadedException(year);
        }
    }

    private static WorkingCalendar LoadShipped()
    {
        var assembly = typeof(WorkingCalendar).Assembly;
        var years = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => CalendarYearData.Parse(ReadResource(assembly, name)));
        return FromYears(years);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new CalendarDataException(new CalendarProblem("ResourceMissing", name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
