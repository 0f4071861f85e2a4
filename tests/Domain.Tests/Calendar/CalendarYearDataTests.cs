using Platform.Domain.Calendar;

namespace Platform.Domain.Tests.Calendar;

/// <summary>The data format of a calendar year and its validation (SPEC §3: transfers and holidays are data per year).</summary>
public sealed class CalendarYearDataTests
{
    private const string Valid = """
        {
          "year": 2030,
          "holidays": [
            { "date": "2030-01-01", "kind": "state", "name": { "en": "New Year", "ru": "Новый год", "kk": "Жаңа жыл" } },
            { "date": "2030-01-07", "kind": "unmoved", "name": { "en": "Orthodox Christmas", "ru": "Рождество", "kk": "Рождество" }, "provisional": true, "note": "n" }
          ],
          "transfers": [ { "dayOff": "2030-01-04", "workedDay": "2030-01-12", "act": "Resolution X" } ]
        }
        """;

    [Fact]
    public void AValidYearParses()
    {
        var data = CalendarYearData.Parse(Valid);

        Assert.Equal(2030, data.Year);
        Assert.Equal(HolidayKind.Unmoved, data.Holidays[1].Kind);
        Assert.True(data.Holidays[1].Provisional);
        Assert.Equal(new CalendarTransfer(new DateOnly(2030, 1, 4), new DateOnly(2030, 1, 12), "Resolution X"), data.Transfers[0]);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void AShippedYearRoundTripsThroughJson(int year)
    {
        var data = WorkingCalendar.Shipped().DataFor(year);

        var json = data.ToJson();
        var again = CalendarYearData.Parse(json);

        Assert.Equal(json, again.ToJson());
        Assert.Equal(data.Holidays, again.Holidays);
        Assert.Contains("\"dayOff\"", WorkingCalendar.Shipped().DataFor(2025).ToJson());
        Assert.Contains("Новый год", json);
    }

    [Theory]
    [InlineData("\"2030-01-01\", \"kind\": \"state\"", "\"2031-01-01\", \"kind\": \"state\"", "HolidayNotInYear(2031-01-01, 2030)")]
    [InlineData("\"date\": \"2030-01-07\"", "\"date\": \"2030-01-01\"", "HolidayRepeated(2030-01-01)")]
    [InlineData("\"workedDay\": \"2030-01-12\"", "\"workedDay\": \"2030-01-14\"", "TransferWorkedDayWeekday(2030-01-14)")]
    [InlineData("\"dayOff\": \"2030-01-04\"", "\"dayOff\": \"2030-01-05\"", "TransferDayOffWeekend(2030-01-05)")]
    [InlineData("\"dayOff\": \"2030-01-04\"", "\"dayOff\": \"2030-01-01\"", "TransferTouchesHoliday(2030-01-01, ")]
    [InlineData("\"act\": \"Resolution X\"", "\"act\": \" \"", "TransferActMissing(2030-01-04)")]
    [InlineData("\"kk\": \"Жаңа жыл\"", "\"kk\": \"\"", "HolidayNameMissing(2030-01-01)")]
    [InlineData("\"kind\": \"unmoved\"", "\"kind\": \"religious\"", "MalformedJson(")]
    [InlineData("\"transfers\"", "\"transfer\"", "MalformedJson(")]
    [InlineData("\"year\": 2030,", "", "MalformedJson(")]
    [InlineData("\"year\": 2030", "\"year\": 1930", "YearOutOfRange(1930, ")]
    public void InvalidDataIsRejectedWithTheRuleItBreaksAndItsValues(string find, string replace, string message)
    {
        var json = Valid.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);

        var ex = Assert.Throws<CalendarDataException>(() => CalendarYearData.Parse(json));

        Assert.StartsWith(message, ex.Problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ATransferWorkedDayOutsideTheYearIsRejected()
    {
        var data = new CalendarYearData(2030, [], [new CalendarTransfer(new DateOnly(2030, 12, 31), new DateOnly(2031, 1, 4), "act")]);

        var ex = Assert.Throws<CalendarDataException>(data.Validate);

        Assert.Equal("TransferWorkedDayNotInYear(2031-01-04, 2030)", ex.Problem.ToString());
    }

    [Fact]
    public void InvalidDataIsRejectedWhenAddedToACalendar()
    {
        var bad = new CalendarYearData(2030, [], [new CalendarTransfer(new DateOnly(2030, 1, 5), new DateOnly(2030, 1, 6), "act")]);

        Assert.Throws<CalendarDataException>(() => WorkingCalendar.Shipped().WithYear(bad));
    }
}
