using Platform.Domain.Calendar;

namespace Platform.Domain.Tests.Calendar;

/// <summary>SPEC §3: weekend state holidays move to the next working day; 7 Jan and Kurban Ait never move. Results pinned by hand.</summary>
public sealed class HolidayMoveTests
{
    private static readonly WorkingCalendar _calendar = WorkingCalendar.Shipped();

    [Theory]
    [InlineData("2023-01-01", "2023-01-03")] // Sun; Mon 2 Jan is itself a holiday
    [InlineData("2023-05-07", "2023-05-08")]
    [InlineData("2023-12-16", "2023-12-18")]
    [InlineData("2024-03-23", "2024-03-25")]
    [InlineData("2024-07-06", "2024-07-08")]
    [InlineData("2025-03-08", "2025-03-10")]
    [InlineData("2025-03-22", "2025-03-24")] // consecutive weekend holidays take consecutive working days
    [InlineData("2025-03-23", "2025-03-25")]
    [InlineData("2025-07-06", "2025-07-07")]
    [InlineData("2025-08-30", "2025-09-01")]
    [InlineData("2025-10-25", "2025-10-27")]
    [InlineData("2026-03-08", "2026-03-09")]
    [InlineData("2026-03-21", "2026-03-24")] // Mon 23 Mar is itself Nauryz
    [InlineData("2026-03-22", "2026-03-25")]
    [InlineData("2026-05-09", "2026-05-11")]
    [InlineData("2026-10-25", "2026-10-26")]
    [InlineData("2027-01-02", "2027-01-04")]
    [InlineData("2027-03-21", "2027-03-24")] // 22 and 23 Mar are holidays
    [InlineData("2027-05-01", "2027-05-03")]
    [InlineData("2027-05-09", "2027-05-10")]
    public void AWeekendStateHolidayMovesToThePinnedWorkingDay(string holiday, string movedTo)
    {
        var from = DateOnly.Parse(holiday);
        var to = DateOnly.Parse(movedTo);

        Assert.False(_calendar.IsWorkingDay(to));
        var moved = Assert.Single(_calendar.DescribeYear(to.Year), d => d.Date == to);
        Assert.Equal(CalendarDayReason.MovedHoliday, moved.Reason);
        Assert.Equal(from, moved.RelatedDate);
        var original = Assert.Single(_calendar.DescribeYear(from.Year), d => d.Date == from);
        Assert.Equal(CalendarDayReason.HolidayOnWeekend, original.Reason);
        Assert.Equal(to, original.RelatedDate);
    }

    [Theory]
    [InlineData("2023-01-07")] // Orthodox Christmas on a Saturday
    [InlineData("2024-01-07")] // on a Sunday
    [InlineData("2024-06-16")] // Kurban Ait on a Sunday
    [InlineData("2027-05-16")] // provisional Kurban Ait on a Sunday
    public void AnUnmovedReligiousHolidayOnAWeekendIsNotMoved(string holiday)
    {
        var day = DateOnly.Parse(holiday);

        var info = Assert.Single(_calendar.DescribeYear(day.Year), d => d.Date == day);

        Assert.Equal(CalendarDayReason.HolidayOnWeekend, info.Reason);
        Assert.Null(info.RelatedDate);
        Assert.DoesNotContain(_calendar.DescribeYear(day.Year), d => d.RelatedDate == day && d.Reason == CalendarDayReason.MovedHoliday);
    }

    [Fact]
    public void ThirtiethOfAugust2026IsNoLongerAHoliday()
    {
        Assert.DoesNotContain(_calendar.DescribeYear(2026), d => d.Date == new DateOnly(2026, 8, 30));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 8, 31)));
    }

    [Fact]
    public void ConstitutionDayIsTheFifteenthOfMarchFrom2027()
    {
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2027, 3, 15)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2027, 8, 30)));
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2026, 3, 16)));
    }

    [Fact]
    public void KurbanAit2027IsProvisionalWithANote()
    {
        var kurban = Assert.Single(_calendar.DataFor(2027).Holidays, h => h.Date == new DateOnly(2027, 5, 16));

        Assert.Equal(HolidayKind.Unmoved, kurban.Kind);
        Assert.True(kurban.Provisional);
        Assert.False(string.IsNullOrWhiteSpace(kurban.Note));
    }
}
