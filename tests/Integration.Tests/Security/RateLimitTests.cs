using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Issue 11, rate limits: sign-in is counted per client address whatever token comes with it; the API has a global
/// limit per token subject and a strict one per address for anonymous callers; hub invocations are not HTTP requests.
/// Each test starts a frontend of its own with low limits (the shared one has them lifted).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class RateLimitTests(SecurityFixture platform)
{
    [Fact]
    public async Task TheLoginLimitIsNotSidesteppedByAToken()
    {
        await using var frontend = await StartAsync(("Login", 2));
        var answers = new List<HttpStatusCode>();
        foreach (var account in new[] { "candidate.1", "registrar.0001", "operator" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dev/tokens") { Content = JsonContent.Create(new { account }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync(account));
            using var response = await frontend.Http.SendAsync(request);
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task TheApiAnswers429WithRetryAfterAndAProblemInKazakhPastTheSubjectsLimit()
    {
        await using var frontend = await StartAsync(("Subject", 3));
        var token = await platform.TokenAsync("candidate.1");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/test/echo") { Content = JsonContent.Create(new { text = "limit" }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.AcceptLanguage.ParseAdd("kk");
            answers.Add(await frontend.Http.SendAsync(request));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        var refused = answers[3];
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Сұраулар тым көп", problem.GetProperty("title").GetString());
        Assert.EndsWith("секундтан кейін қайталаңыз.", problem.GetProperty("detail").GetString());

        // Another subject from the same address has a bucket of its own.
        using var other = new HttpRequestMessage(HttpMethod.Post, "/api/v1/test/echo") { Content = JsonContent.Create(new { text = "limit" }) };
        other.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync("registrar.0001"));
        using var otherAnswer = await frontend.Http.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, otherAnswer.StatusCode);
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task AnonymousCallsAreLimitedStrictlyPerAddress()
    {
        await using var frontend = await StartAsync(("Anonymous", 2));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await frontend.Http.GetAsync("/api/v1/calendar/2025");
            answers.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task HubInvocationsAreNotCountedByTheHttpLimiter()
    {
        await using var frontend = await StartAsync(("Subject", 2));
        var token = await platform.TokenAsync("registrar.0001");
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(frontend.Address, "/hubs/center"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        await connection.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            await connection.InvokeAsync<JsonElement>("JoinCenter", "0001");
        }

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    private Task<RunningFrontend> StartAsync((string Limit, int Permits) low) =>
        PlatformHosts.StartFrontendAsync(platform.Database, platform.ClusterId, new Dictionary<string, string?>
        {
            [$"Platform:Limits:{low.Limit}:PermitLimit"] = low.Permits.ToString(),
        }, map: SecurityProbes.Map);
}
