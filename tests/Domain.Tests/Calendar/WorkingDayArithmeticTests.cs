using Platform.Domain.Calendar;

namespace Platform.Domain.Tests.Calendar;

/// <summary>SPEC §2-§3: "within N working days after the day of X" — the day of X is not counted.</summary>
public sealed class WorkingDayArithmeticTests
{
    private static readonly WorkingCalendar _calendar = WorkingCalendar.Shipped();

    [Theory]
    [InlineData("2025-03-20", 0, "2025-03-20")] // n = 0 returns the day itself
    [InlineData("2025-03-20", 1, "2025-03-26")] // 21 Nauryz, weekend, 24-25 moved Nauryz
    [InlineData("2025-03-20", 3, "2025-03-28")]
    [InlineData("2025-03-22", 1, "2025-03-26")] // a start on a day off counts from the next working day
    [InlineData("2024-05-03", 1, "2024-05-04")] // Sat 4 May 2024 was worked
    [InlineData("2024-05-03", 3, "2024-05-10")] // 7, 8 (transfer), 9 May off
    [InlineData("2025-12-30", 3, "2026-01-06")] // across the year: 1-2 Jan holidays, then the weekend
    [InlineData("2026-08-28", 1, "2026-08-31")] // no Constitution Day on 31 Aug 2026
    public void AddWorkingDaysCountsOnlyWorkingDaysAfterTheStart(string from, int n, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), _calendar.AddWorkingDays(DateOnly.Parse(from), n));
    }

    [Fact]
    public void AddingANegativeNumberOfWorkingDaysIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(new DateOnly(2025, 1, 1), -1));
    }

    [Fact]
    public void WorkingDaysBetweenExcludesTheStartAndIncludesTheEnd()
    {
        Assert.Equal(3, _calendar.WorkingDaysBetween(new DateOnly(2025, 3, 20), new DateOnly(2025, 3, 28)));
        Assert.Equal(0, _calendar.WorkingDaysBetween(new DateOnly(2025, 3, 20), new DateOnly(2025, 3, 25)));
        Assert.Equal(0, _calendar.WorkingDaysBetween(new DateOnly(2025, 3, 20), new DateOnly(2025, 3, 20)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.WorkingDaysBetween(new DateOnly(2025, 3, 20), new DateOnly(2025, 3, 19)));
    }

    [Fact]
    public void ADeadlineEndsAtTheLastTickOfTheDayInAlmaty()
    {
        var due = _calendar.DeadlineAfter(new DateOnly(2025, 3, 20), 3);

        Assert.Equal(new DateTimeOffset(2025, 3, 28, 23, 59, 59, TimeSpan.FromHours(5)).AddTicks(TimeSpan.TicksPerSecond - 1), due);
        Assert.Equal(new DateOnly(2025, 3, 29), KazakhstanTime.DateOf(due.AddTicks(1)));
    }

    [Fact]
    public void AlmatyWasUtcPlusSixBeforeMarch2024()
    {
        var due = _calendar.DeadlineAfter(new DateOnly(2023, 6, 1), 1);
        var expectedOffset = KazakhstanTime.Zone.Id == "Asia/Almaty" && KazakhstanTime.Zone.GetUtcOffset(new DateTime(2023, 6, 2)) == TimeSpan.FromHours(6)
            ? TimeSpan.FromHours(6)
            : TimeSpan.FromHours(5); // fallback zone without history

        Assert.Equal(new DateOnly(2023, 6, 2), DateOnly.FromDateTime(due.DateTime));
        Assert.Equal(expectedOffset, due.Offset);
    }

    [Fact]
    public void AComputationThatNeedsAnUnloadedYearThrowsNamingTheYear()
    {
        var beyond = Assert.Throws<CalendarYearNotLoadedException>(() => _calendar.AddWorkingDays(new DateOnly(2027, 12, 20), 10));
        var before = Assert.Throws<CalendarYearNotLoadedException>(() => _calendar.IsWorkingDay(new DateOnly(2022, 6, 1)));

        Assert.Equal(2028, beyond.Year);
        Assert.Equal(2022, before.Year);
        Assert.Throws<CalendarYearNotLoadedException>(() => _calendar.DescribeYear(2028));
    }

    [Fact]
    public void TheShippedCalendarHasTheYears2023To2027()
    {
        Assert.Equal([2023, 2024, 2025, 2026, 2027], _calendar.Years);
        Assert.Same(_calendar, WorkingCalendar.Shipped());
    }

    [Fact]
    public void WithYearAddsAYearWithoutChangingTheOriginal()
    {
        var extended = _calendar.WithYear(new CalendarYearData(2028, [], []));

        Assert.True(extended.IsWorkingDay(new DateOnly(2028, 1, 3)));
        Assert.Equal(new DateOnly(2028, 1, 4), extended.AddWorkingDays(new DateOnly(2027, 12, 31), 2));
        Assert.DoesNotContain(2028, _calendar.Years);
    }

    [Fact]
    public void WithYearReplacesALoadedYear()
    {
        var published = _calendar.DataFor(2027).Holidays
            .Select(h => h.Provisional ? h with { Date = new DateOnly(2027, 5, 17), Provisional = false, Note = null } : h)
            .ToArray();

        var replaced = _calendar.WithYear(_calendar.DataFor(2027) with { Holidays = published });

        Assert.False(replaced.IsWorkingDay(new DateOnly(2027, 5, 17)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2027, 5, 17)));
    }

    [Fact]
    public void AMoveThatLandsInTheNextYearUsesTheNextYearsHolidays()
    {
        // Synthetic: a state holiday on Sat 31 Dec 2022; 1 Jan 2023 (Sun) and 2 Jan (Mon) are holidays.
        var test2022 = new CalendarYearData(
            2022,
            [new CalendarHoliday(new DateOnly(2022, 12, 31), HolidayKind.State, new LocalizedName("Test", "Тест", "Тест"))],
            []);
        var calendar = WorkingCalendar.FromYears([test2022, WorkingCalendar.Shipped().DataFor(2023)]);

        Assert.False(calendar.IsWorkingDay(new DateOnly(2023, 1, 3))); // 31 Dec moves past the holiday of 2 Jan
        Assert.False(calendar.IsWorkingDay(new DateOnly(2023, 1, 4))); // so 1 Jan takes the next one
        Assert.True(calendar.IsWorkingDay(new DateOnly(2023, 1, 5)));
        var moved = Assert.Single(calendar.DescribeYear(2023), d => d.Date == new DateOnly(2023, 1, 3));
        Assert.Equal(new DateOnly(2022, 12, 31), moved.RelatedDate);
    }

    [Fact]
    public void FromYearsRejectsAYearGivenTwice()
    {
        var year = new CalendarYearData(2028, [], []);

        Assert.Throws<CalendarDataException>(() => WorkingCalendar.FromYears([year, year]));
    }
}
