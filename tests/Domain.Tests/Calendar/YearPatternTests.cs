using Platform.Domain.Calendar;

namespace Platform.Domain.Tests.Calendar;

/// <summary>
/// SPEC §3, every shipped year in full: the weekdays that are days off and the weekend days that are worked,
/// derived by hand from the holidays, the move rule and the transfers.
/// </summary>
public sealed class YearPatternTests
{
    private static readonly WorkingCalendar _calendar = WorkingCalendar.Shipped();

    public static TheoryData<int, string[], string[]> Years => new()
    {
        {
            2023,
            ["01-02", "01-03", "03-08", "03-21", "03-22", "03-23", "05-01", "05-08", "05-09", "06-28", "07-06", "07-07", "08-30", "10-25", "12-18"],
            ["07-01"]
        },
        {
            2024,
            ["01-01", "01-02", "03-08", "03-21", "03-22", "03-25", "05-01", "05-07", "05-08", "05-09", "07-08", "08-30", "10-25", "12-16"],
            ["05-04"]
        },
        {
            2025,
            ["01-01", "01-02", "01-03", "01-07", "03-10", "03-21", "03-24", "03-25", "05-01", "05-07", "05-09", "06-06", "07-07", "09-01", "10-27", "12-16"],
            ["01-05"]
        },
        {
            2026,
            ["01-01", "01-02", "01-07", "03-09", "03-23", "03-24", "03-25", "05-01", "05-07", "05-11", "05-27", "07-06", "10-26", "12-16"],
            []
        },
        {
            2027,
            ["01-01", "01-04", "01-07", "03-08", "03-15", "03-22", "03-23", "03-24", "05-03", "05-07", "05-10", "07-06", "10-25", "12-16"],
            []
        },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void EveryWeekdayOffAndEveryWorkedWeekendDayIsPinned(int year, string[] weekdaysOff, string[] workedWeekendDays)
    {
        var days = AllDays(year).ToArray();

        var actualOff = days.Where(d => !WorkingCalendar.IsWeekend(d) && !_calendar.IsWorkingDay(d)).Select(Short);
        var actualWorked = days.Where(d => WorkingCalendar.IsWeekend(d) && _calendar.IsWorkingDay(d)).Select(Short);

        Assert.Equal(weekdaysOff, actualOff);
        Assert.Equal(workedWeekendDays, actualWorked);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2025)]
    [InlineData(2027)]
    public void DescribeYearListsExactlyTheDaysThatDifferFromMondayToFriday(int year)
    {
        var described = _calendar.DescribeYear(year);
        var differing = AllDays(year).Where(d => _calendar.IsWorkingDay(d) == WorkingCalendar.IsWeekend(d));

        Assert.Equal(differing, described.Where(d => d.IsWorkingDay == WorkingCalendar.IsWeekend(d.Date)).Select(d => d.Date));
        Assert.All(described, d => Assert.Equal(year, d.Date.Year));
        Assert.Equal(described.OrderBy(d => d.Date).Select(d => d.Date), described.Select(d => d.Date));
    }

    [Fact]
    public void DescribeYearNamesATransferWithItsWorkedDayAndAct()
    {
        var described = _calendar.DescribeYear(2025);

        var dayOff = Assert.Single(described, d => d.Date == new DateOnly(2025, 1, 3));
        var worked = Assert.Single(described, d => d.Date == new DateOnly(2025, 1, 5));

        Assert.Equal((CalendarDayReason.TransferredDayOff, false, new DateOnly(2025, 1, 5)), (dayOff.Reason, dayOff.IsWorkingDay, dayOff.RelatedDate));
        Assert.Equal((CalendarDayReason.WorkedWeekendDay, true, new DateOnly(2025, 1, 3)), (worked.Reason, worked.IsWorkingDay, worked.RelatedDate));
        Assert.Contains("2025", dayOff.Act);
    }

    [Fact]
    public void DescribeYearGivesAMovedHolidayItsNameInThreeLanguages()
    {
        var moved = Assert.Single(_calendar.DescribeYear(2025), d => d.Date == new DateOnly(2025, 3, 24));

        Assert.Equal("Наурыз мейрамы", moved.HolidayName!.Ru);
        Assert.Equal("Nauryz meiramy", moved.HolidayName.En);
        Assert.False(string.IsNullOrWhiteSpace(moved.HolidayName.Kk));
    }

    private static IEnumerable<DateOnly> AllDays(int year)
    {
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            yield return d;
        }
    }

    private static string Short(DateOnly d) => d.ToString("MM-dd");
}
