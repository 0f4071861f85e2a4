using Platform.Domain.Calendar;

namespace Platform.Domain.Tests.Calendar;

/// <summary>SPEC §3: a year the deadlines may reach within 60 days must be loaded; the administrators are warned of one that is not.</summary>
public sealed class CalendarHorizonTests
{
    private static readonly WorkingCalendar _shipped = WorkingCalendar.Shipped();

    [Fact]
    public void NoYearIsMissingWhileTheNext60DaysStayInALoadedYear()
    {
        Assert.Empty(CalendarHorizon.MissingYears(_shipped, new DateOnly(2027, 11, 1))); // 31 December 2027 is day 60
    }

    [Fact]
    public void TheNextYearIsMissingOnceTheNext60DaysReachIt()
    {
        var today = new DateOnly(2027, 11, 2); // day 60 is 1 January 2028
        Assert.Equal([2028], CalendarHorizon.MissingYears(_shipped, today));
        Assert.Equal(new DateOnly(2028, 1, 1), CalendarHorizon.NeededFrom(2028, today));
    }

    [Fact]
    public void ThisYearIsMissingFromTodayWhenItIsNotLoaded()
    {
        var today = new DateOnly(2030, 6, 1);
        Assert.Equal([2030], CalendarHorizon.MissingYears(_shipped, today));
        Assert.Equal(today, CalendarHorizon.NeededFrom(2030, today));
    }

    [Fact]
    public void ALoadedYearIsNoLongerMissing()
    {
        var calendar = _shipped.WithYear(new CalendarYearData(2028, [], []));
        Assert.Empty(CalendarHorizon.MissingYears(calendar, new DateOnly(2027, 12, 15)));
    }
}
