using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Calendar;

[Collection(PlatformCollection.Name)]
public sealed class CalendarApiTests(PlatformFixture platform)
{
    private HttpClient Http => platform.Frontend.Http;

    [Fact]
    public async Task TheYearListsMovedHolidaysAndTransfersWithTheirReasons()
    {
        var year = await Http.GetFromJsonAsync<JsonElement>("/api/v1/calendar/2025");

        var offDays = year.GetProperty("nonWorkingWeekdays").EnumerateArray()
            .ToDictionary(day => day.GetProperty("date").GetString()!, day => day);
        // Nauryz 22-23 Mar 2025 fell on a weekend and moved to 24 and 25 Mar (SPEC §3).
        Assert.Equal("movedHoliday", offDays["2025-03-24"].GetProperty("reason").GetString());
        Assert.Equal("2025-03-22", offDays["2025-03-24"].GetProperty("movedFrom").GetString());
        Assert.Equal("2025-03-23", offDays["2025-03-25"].GetProperty("movedFrom").GetString());
        // 3 Jan 2025 off, Sunday 5 Jan worked.
        Assert.Equal("transferredDayOff", offDays["2025-01-03"].GetProperty("reason").GetString());
        var worked = Assert.Single(year.GetProperty("workedWeekendDays").EnumerateArray());
        Assert.Equal("2025-01-05", worked.GetProperty("date").GetString());
        Assert.Equal("Наурыз мейрамы", offDays["2025-03-21"].GetProperty("holiday").GetProperty("kk").GetString());
    }

    [Fact]
    public async Task TheDeadlineIsTheNthWorkingDayAfterTheDayAndEndsAtMidnightInAlmaty()
    {
        // Thu 20 Mar 2025 + 3 wd: 21 Mar holiday, 22-23 weekend, 24-25 moved holidays → 26, 27, 28 Mar.
        var deadline = await Http.GetFromJsonAsync<JsonElement>("/api/v1/calendar/deadline?from=2025-03-20&workingDays=3");

        Assert.Equal("2025-03-28", deadline.GetProperty("due").GetString());
        var dueAt = deadline.GetProperty("dueAt").GetDateTimeOffset();
        Assert.Equal(new DateTime(2025, 3, 28, 18, 59, 59), dueAt.UtcDateTime.AddTicks(-(dueAt.UtcDateTime.Ticks % TimeSpan.TicksPerSecond)));
    }

    [Fact]
    public async Task AYearNotLoadedIsA404Problem()
    {
        var response = await Http.GetAsync("/api/v1/calendar/2041");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2041", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ADeadlineReachingAYearNotLoadedIsA404NotAGuess()
    {
        var response = await Http.GetAsync("/api/v1/calendar/deadline?from=2027-12-20&workingDays=20");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("2028", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("from=2025-02-30&workingDays=3")]
    [InlineData("from=20-03-2025&workingDays=3")]
    [InlineData("workingDays=3")]
    [InlineData("from=2025-03-20&workingDays=-1")]
    [InlineData("from=2025-03-20&workingDays=100000")]
    [InlineData("from=2025-03-20&workingDays=three")]
    [InlineData("from=2025-03-20")]
    public async Task BadInputIsA400Problem(string query)
    {
        var response = await Http.GetAsync("/api/v1/calendar/deadline?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AProblemSpeaksTheLanguageTheReaderAsksFor()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/calendar/deadline?from=2025-02-30&workingDays=3");
        request.Headers.AcceptLanguage.ParseAdd("kk-KZ, ru;q=0.8");

        var problem = await (await Http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Күн қате көрсетілген", problem.GetProperty("title").GetString());
        Assert.Equal("kk", problem.GetProperty("language").GetString());
    }
}
