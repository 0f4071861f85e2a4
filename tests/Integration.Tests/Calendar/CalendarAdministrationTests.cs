using System.Net;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Calendar;

/// <summary>SPEC §3: an administrator loads the next year's calendar without a release; it persists in PostgreSQL.</summary>
public sealed class CalendarAdministrationTests
{
    private static string Year2028(bool withTransfer) => JsonSerializer.Serialize(new
    {
        year = 2028,
        source = "Test: Labour Code art. 84-85",
        holidays = new object[]
        {
            new { date = "2028-01-01", kind = "state", name = new { en = "New Year", ru = "Новый год", kk = "Жаңа жыл" } },
            new { date = "2028-01-02", kind = "state", name = new { en = "New Year", ru = "Новый год", kk = "Жаңа жыл" } },
            new { date = "2028-01-07", kind = "unmoved", name = new { en = "Orthodox Christmas", ru = "Православное Рождество", kk = "Православиелік Рождество" } },
        },
        transfers = withTransfer
            ? new object[] { new { dayOff = "2028-01-14", workedDay = "2028-01-08", act = "Test resolution" } }
            : [],
    });

    [Fact]
    public async Task AnAdministratorLoadsANewYearAndDeadlinesReachIntoIt()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, "/api/v1/calendar/deadline?from=2027-12-30&workingDays=3", null)).StatusCode);

        var loaded = await world.SendAsync(HttpMethod.Put, "/api/v1/admin/calendar/2028", "administrator", JsonDocument.Parse(Year2028(withTransfer: true)).RootElement);
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);

        // Thu 30 Dec 2027 + 3 wd: Fri 31 Dec; 1-2 Jan 2028 (Sat, Sun) move to Mon 3 and Tue 4; then Wed 5, Thu 6 Jan.
        var deadline = JsonDocument.Parse(await (await world.SendAsync(HttpMethod.Get, "/api/v1/calendar/deadline?from=2027-12-30&workingDays=3", null)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2028-01-06", deadline.GetProperty("due").GetString());
        var worked = (await world.OkAsync(HttpMethod.Get, "/api/v1/calendar/2028", "operator")).GetProperty("workedWeekendDays");
        Assert.Equal("2028-01-08", Assert.Single(worked.EnumerateArray()).GetProperty("date").GetString());
    }

    [Fact]
    public async Task AnInvalidYearIsRefusedWithTheReasonAndOnlyAnAdministratorLoadsOne()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var wrongYear = await world.SendAsync(HttpMethod.Put, "/api/v1/admin/calendar/2029", "administrator", JsonDocument.Parse(Year2028(false)).RootElement);
        Assert.Equal(HttpStatusCode.BadRequest, wrongYear.StatusCode);
        Assert.Contains("2028", await wrongYear.Content.ReadAsStringAsync());

        var badTransfer = Year2028(false).Replace("\"transfers\":[]", "\"transfers\":[{\"dayOff\":\"2028-01-08\",\"workedDay\":\"2028-01-04\",\"act\":\"x\"}]");
        var refused = await world.SendAsync(HttpMethod.Put, "/api/v1/admin/calendar/2028", "administrator", JsonDocument.Parse(badTransfer).RootElement);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("must be a weekday", await refused.Content.ReadAsStringAsync());
        // The Domain's decision worded in the caller's language (issue 15).
        var inRussian = await world.SendAsync(HttpMethod.Put, "/api/v1/admin/calendar/2028", "administrator", JsonDocument.Parse(badTransfer).RootElement, language: "ru");
        var problem = JsonDocument.Parse(await inRussian.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((HttpStatusCode.BadRequest, "ru"), (inRussian.StatusCode, problem.GetProperty("language").GetString()));
        Assert.Equal("Переносимый выходной 2028-01-08 приходится на субботу или воскресенье: он должен быть будним днём.", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await world.SendAsync(HttpMethod.Get, "/api/v1/calendar/2028", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await world.SendAsync(HttpMethod.Put, "/api/v1/admin/calendar/2028", "registrar.0001", JsonDocument.Parse(Year2028(false)).RootElement)).StatusCode);
    }
}
