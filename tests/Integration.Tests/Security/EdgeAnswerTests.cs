using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Domain.Proctoring;
using Platform.Grains.Sittings;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Issue 11, the answers at the edges: 401/403 and unknown paths as ProblemDetails in the caller's language (a page for
/// a browser), the proctoring batch capped like the hub's, the NSK stand-in for the operator only, and a readiness
/// answer that shows its internals to administrators only.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class EdgeAnswerTests(SecurityFixture platform)
{
    [Fact]
    public async Task ARefusedRoleGets403ProblemInKazakh()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/v1/audit", "candidate.1", "kk");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(403, problem.GetProperty("status").GetInt32());
        Assert.Equal("Әрекетке рұқсат жоқ", problem.GetProperty("title").GetString());
        Assert.Equal("Сіздің рөліңіз бұл әрекетті орындауға рұқсат етпейді.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnAnonymousCallerGets401ProblemWithAChallenge()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/v1/audit", null, "en");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, challenge => challenge.Scheme == "Bearer");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Sign-in required", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("candidate.1")]
    public async Task AnUnknownPathIs404ProblemForAnApiClient(string? account)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/v1/no-such-thing", account, "ru", "application/json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("Не найдено", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnUnknownPathIsA404PageForABrowser()
    {
        using var response = await SendAsync(HttpMethod.Get, "/no-such-page", null, "kk", "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"kk\">", page);
        Assert.Contains("Бет табылмады", page);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    public async Task PublicPagesAreStillServedWithoutAToken(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, "kk", "text/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AProctoringBatchOf101EventsIs400ProblemNamingTheEvents()
    {
        using var tooMany = await SendAsync(HttpMethod.Post, "/api/v1/sittings/sitting-batch/events", "proctoring", "en", body: Events(101));
        using var atTheCap = await SendAsync(HttpMethod.Post, "/api/v1/sittings/sitting-batch/events", "proctoring", "en", body: Events(100));

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType?.MediaType);
        var problem = await tooMany.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("100", problem.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").GetProperty("events").ValueKind);
        // A batch at the cap passes it, and is refused for what it lacks: the sitting's proctoring token.
        Assert.Equal(HttpStatusCode.Forbidden, atTheCap.StatusCode);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("candidate.1", HttpStatusCode.Forbidden)]
    [InlineData("registrar.0001", HttpStatusCode.Forbidden)]
    [InlineData("operator", HttpStatusCode.OK)]
    [InlineData("administrator", HttpStatusCode.OK)]
    public async Task TheNskStandInsRecordsAreForTheOperatorAndAdministrators(string? account, HttpStatusCode expected)
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/v1/dev/nsk/results", account, "en");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ReadinessShowsOnlyItsStatusToAnonymousCallers()
    {
        using var response = await SendAsync(HttpMethod.Get, "/health/ready", null, "en");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(["status"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", text);
        Assert.DoesNotContain("answered by", text);
    }

    [Fact]
    public async Task ReadinessShowsItsChecksToAnAdministrator()
    {
        using var response = await SendAsync(HttpMethod.Get, "/health/ready", "administrator", "en");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = body.GetProperty("checks");
        Assert.Contains("answered by", checks.GetProperty("cluster").GetProperty("description").GetString());
        Assert.Equal("Healthy", checks.GetProperty("postgres").GetProperty("status").GetString());
    }

    /// <summary>The API's JSON: enums by their camelCase names (numbers are refused, issue 11).</summary>
    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static ProctoringEvent[] Events(int count) =>
        Enumerable.Range(0, count)
            .Select(_ => new ProctoringEvent(Guid.NewGuid(), "sitting-batch", DateTimeOffset.UtcNow, ProctoringKind.Heartbeat, 1))
            .ToArray();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? account, string language, string? accept = null, object? body = null)
    {
        using var request = await platform.RequestAsync(method, url, account, body is null ? null : JsonContent.Create(body, options: Wire));
        request.Headers.AcceptLanguage.ParseAdd(language);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await platform.Http.SendAsync(request);
    }
}
