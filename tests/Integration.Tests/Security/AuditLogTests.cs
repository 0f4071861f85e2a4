using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Integration.Tests.Security;

/// <summary>Issue 6: the audit log records every change and the reading of personal files; the operator queries it.</summary>
[Collection(SecurityCollection.Name)]
public sealed class AuditLogTests(SecurityFixture platform)
{
    private const string CalendarLoad = "PUT /api/v1/admin/calendar/{year:int}";

    [Fact]
    public async Task LoadingACalendarLeavesAnAuditEntryOfWhoWhatAndFromWhere()
    {
        using var load = await platform.SendAsync(HttpMethod.Put, "/api/v1/admin/calendar/2031", "administrator", CalendarOf(2031));
        Assert.Equal(HttpStatusCode.OK, load.StatusCode);

        var entry = Assert.Single(await QueryAsync($"subject=/api/v1/admin/calendar/2031&action={Uri.EscapeDataString(CalendarLoad)}", "operator"));
        Assert.Equal("administrator", entry.GetProperty("actor").GetString());
        Assert.Equal("administrator", entry.GetProperty("actorRoles").GetString());
        Assert.Equal("127.0.0.1", entry.GetProperty("origin").GetString());
        Assert.Equal("2031", entry.GetProperty("details").GetProperty("year").GetString());
    }

    [Fact]
    public async Task ARefusedChangeLeavesNoEntry()
    {
        using var refused = await platform.SendAsync(HttpMethod.Put, "/api/v1/admin/calendar/2032", "registrar.0001", CalendarOf(2032));
        using var invalid = await platform.SendAsync(HttpMethod.Put, "/api/v1/admin/calendar/2032", "administrator", CalendarOf(2033));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Empty(await QueryAsync("subject=/api/v1/admin/calendar/2032", "administrator"));
    }

    [Fact]
    public async Task ACaseChangeIsRecordedUnderItsActionNameWithTheActorsRole()
    {
        var caseId = Guid.NewGuid().ToString("N");
        using var change = await platform.SendAsync(HttpMethod.Put, $"/api/v1/test/centers/0001/cases/{caseId}", "head.0001");
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);

        var entry = Assert.Single(await QueryAsync($"subject=/api/v1/test/centers/0001/cases/{caseId}", "operator"));
        Assert.Equal("test.case.change", entry.GetProperty("action").GetString());
        Assert.Equal("head.0001", entry.GetProperty("actor").GetString());
        Assert.Equal("head", entry.GetProperty("actorRoles").GetString());
    }

    [Fact]
    public async Task ReadingAPersonalFileIsAudited()
    {
        var candidateKey = await CandidateKeyAsync("candidate.2");
        using var read = await platform.SendAsync(HttpMethod.Get, $"/api/v1/test/candidates/{candidateKey}/file", "operator");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        var entry = Assert.Single(await QueryAsync($"subject={candidateKey}&actor=operator", "administrator"));
        Assert.Equal("personal-file.read", entry.GetProperty("action").GetString());
    }

    [Fact]
    public async Task TheQueryFiltersByActorAndTimeAndPages()
    {
        var caseIds = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        foreach (var caseId in caseIds)
        {
            using var change = await platform.SendAsync(HttpMethod.Put, $"/api/v1/test/centers/0002/cases/{caseId}", "registrar.0002");
            Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        }

        var from = Uri.EscapeDataString(before.ToString("O"));
        var firstPage = await PageAsync($"actor=registrar.0002&from={from}&pageSize=2&page=1", "operator");
        var secondPage = await PageAsync($"actor=registrar.0002&from={from}&pageSize=2&page=2", "operator");
        var future = await QueryAsync($"actor=registrar.0002&from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}", "operator");

        Assert.Equal(2, firstPage.GetProperty("entries").GetArrayLength());
        Assert.True(firstPage.GetProperty("hasMore").GetBoolean());
        Assert.Equal(
            caseIds.Select(id => $"/api/v1/test/centers/0002/cases/{id}").Reverse(),
            firstPage.GetProperty("entries").EnumerateArray().Concat(secondPage.GetProperty("entries").EnumerateArray()).Select(e => e.GetProperty("subject").GetString()));
        Assert.Empty(future);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("registrar.0001", HttpStatusCode.Forbidden)]
    [InlineData("head.0001", HttpStatusCode.Forbidden)]
    [InlineData("candidate.1", HttpStatusCode.Forbidden)]
    [InlineData("operator", HttpStatusCode.OK)]
    [InlineData("administrator", HttpStatusCode.OK)]
    public async Task OnlyTheOperatorAndAdministratorsReadTheAuditLog(string? account, HttpStatusCode expected)
    {
        using var response = await platform.SendAsync(HttpMethod.Get, "/api/v1/audit", account);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task AnInvalidQueryIsA400Problem()
    {
        using var paging = await platform.SendAsync(HttpMethod.Get, "/api/v1/audit?pageSize=100000", "operator");
        using var time = await platform.SendAsync(HttpMethod.Get, "/api/v1/audit?from=yesterday", "operator");

        Assert.Equal(HttpStatusCode.BadRequest, paging.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, time.StatusCode);
        Assert.Equal("application/problem+json", time.Content.Headers.ContentType?.MediaType);
    }

    internal static StringContent CalendarOf(int year) => new(
        File.ReadAllText(Path.Combine(Infrastructure.RepositoryRoot.Path, "src", "Domain", "Calendar", "Data", "kz-2027.json")).Replace("2027", year.ToString()),
        System.Text.Encoding.UTF8,
        "application/json");

    private async Task<string> CandidateKeyAsync(string account)
    {
        using var response = await platform.Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidateKey").GetString()!;
    }

    private async Task<List<JsonElement>> QueryAsync(string query, string account) =>
        (await PageAsync(query, account)).GetProperty("entries").EnumerateArray().ToList();

    private async Task<JsonElement> PageAsync(string query, string account)
    {
        using var response = await platform.SendAsync(HttpMethod.Get, "/api/v1/audit?" + query, account);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
