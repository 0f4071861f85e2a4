using CsCheck;
using Platform.Domain.Calendar;

namespace Platform.Domain.Tests.Calendar;

/// <summary>Properties of working-day arithmetic over 2023-01-01..2027-10-31 and n in 0..60.</summary>
public sealed class WorkingDayPropertyTests
{
    // An empty 2028 (weekends only) so that 60 working days after late 2027 can be computed.
    private static readonly WorkingCalendar _calendar = WorkingCalendar.Shipped().WithYear(new CalendarYearData(2028, [], []));
    private static readonly Gen<DateOnly> _day = Gen.DateOnly[new DateOnly(2023, 1, 1), new DateOnly(2027, 10, 31)];
    private static readonly Gen<int> _n = Gen.Int[0, 60];

    [Fact]
    public void CountingTheWorkingDaysAddedGivesBackN()
    {
        Gen.Select(_day, _n).Sample((day, n) =>
            _calendar.WorkingDaysBetween(day, _calendar.AddWorkingDays(day, n)) == n);
    }

    [Fact]
    public void TheNthWorkingDayAfterADayIsAWorkingDay()
    {
        Gen.Select(_day, Gen.Int[1, 60]).Sample((day, n) => _calendar.IsWorkingDay(_calendar.AddWorkingDays(day, n)));
    }

    [Fact]
    public void AddingWorkingDaysIsStrictlyMonotonicInN()
    {
        Gen.Select(_day, Gen.Int[0, 59]).Sample((day, n) =>
            _calendar.AddWorkingDays(day, n) < _calendar.AddWorkingDays(day, n + 1));
    }

    [Fact]
    public void NoWorkingDayIsSkipped()
    {
        Gen.Select(_day, Gen.Int[0, 59]).Sample((day, n) =>
        {
            var a = _calendar.AddWorkingDays(day, n);
            var b = _calendar.AddWorkingDays(day, n + 1);
            return _calendar.WorkingDaysBetween(a, b) == 1;
        });
    }
}
