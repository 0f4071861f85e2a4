using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Platform.Frontend.Security.Development;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Issue 11, tokens outlive their expiry: a bearer token is accepted at most 30 s past its expiry, and a hub
/// connection ends when the token it was opened with expires. Tokens of the development issuer, with a chosen expiry.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class TokenExpiryTests(SecurityFixture platform)
{
    [Fact]
    public async Task ATokenExpired31SecondsAgoIsRefusedWith401ProblemInRussian()
    {
        using var response = await EchoAsync(Token("candidate.1", DateTimeOffset.UtcNow.AddSeconds(-31)), "ru");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Headers.WwwAuthenticate, challenge => challenge.Scheme == "Bearer");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.Equal("Требуется вход в систему", problem.GetProperty("title").GetString());
        Assert.Equal("Срок действия токена доступа истёк; войдите в систему снова.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ATokenExpired20SecondsAgoIsStillAcceptedWithinTheSkew()
    {
        using var response = await EchoAsync(Token("candidate.1", DateTimeOffset.UtcNow.AddSeconds(-20)), "ru");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Waits in real time, bounded: the token expires 2 s after the connection opens; the server checks each second.</summary>
    [Fact]
    public async Task AHubConnectionIsClosedWhenItsTokenExpires()
    {
        var token = Token("registrar.0001", DateTimeOffset.UtcNow.AddSeconds(2));
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(platform.Frontend.Address, "/hubs/center"), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await connection.StartAsync();
        Assert.Equal(HubConnectionState.Connected, connection.State);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    private string Token(string account, DateTimeOffset expiresAt)
    {
        var accounts = platform.Services.GetRequiredService<DemoAccounts>();
        return platform.Services.GetRequiredService<DevelopmentTokenIssuer>().Issue(accounts.Find(account)!, expiresAt).AccessToken;
    }

    private async Task<HttpResponseMessage> EchoAsync(string token, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/test/echo") { Content = JsonContent.Create(new { text = "expiry" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await platform.Http.SendAsync(request);
    }
}
