using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// The whole platform for one test: a silo with the demo data and a fake procedure clock, and a frontend; requests go
/// over real HTTP with tokens of the development issuer for the demo accounts.
/// </summary>
public sealed class PlatformWorld : IAsyncDisposable
{
    private readonly List<IHost> _silos;
    private readonly Dictionary<string, string> _tokens = [];

    private PlatformWorld(List<IHost> silos, RunningFrontend frontend, FakeTimeProvider clock)
    {
        _silos = silos;
        Frontend = frontend;
        Clock = clock;
    }

    public RunningFrontend Frontend { get; }

    public FakeTimeProvider Clock { get; }

    /// <param name="logs">When given, every log message of the silos and the frontend is captured into it.</param>
    public static async Task<PlatformWorld> StartAsync(DateTimeOffset now, int silos = 1, Security.CapturedLogs? logs = null)
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var clock = new FakeTimeProvider(now);
        var hosts = new List<IHost>();
        for (var i = 0; i < silos; i++)
        {
            hosts.Add(await PlatformHosts.StartSiloAsync(database, "world", services =>
                {
                    ProcedureWorld.UseClock(services, clock);
                    logs?.AddTo(services);
                },
                new Dictionary<string, string?> { ["Platform:SeedDemoData"] = i == 0 ? "true" : "false" }));
        }

        foreach (var host in hosts)
        {
            await Membership.WaitForActiveSilosAsync(host, silos);
        }

        var frontend = await PlatformHosts.StartFrontendAsync(database, "world",
            new Dictionary<string, string?> { ["Platform:Limits:Login:PermitLimit"] = "100000" }, logs is null ? null : logs.AddTo);
        return new PlatformWorld(hosts, frontend, clock);
    }

    /// <summary>Stops one silo gracefully: its grains move to the others, its reminders are taken over.</summary>
    public async Task StopSiloAsync(int index)
    {
        var silo = _silos[index];
        _silos.RemoveAt(index);
        await silo.StopAsync();
        silo.Dispose();
    }

    /// <summary>Moves the procedure clock and waits (bounded) for what the reminders do about it.</summary>
    public Task<T> AdvanceToAsync<T>(DateTimeOffset instant, Func<Task<T>> observe, Func<T, bool> until) =>
        FakeClockSteps.AdvanceAsync(Clock, instant, observe, until);

    /// <summary>Sends a request as a demo account (null: anonymously), with an optional JSON body.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? account, object? body = null, string? language = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (account is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await Frontend.Http.SendAsync(request);
    }

    /// <summary>Sends a request with any content (a file, say) as a demo account.</summary>
    public async Task<HttpResponseMessage> SendContentAsync(HttpMethod method, string url, string account, HttpContent content, string? language = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await Frontend.Http.SendAsync(request);
    }

    /// <summary>Sends a prepared request (its own headers, an Idempotency-Key say) as a demo account.</summary>
    public async Task<HttpResponseMessage> SendRequestAsync(HttpRequestMessage request, string account)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
        return await Frontend.Http.SendAsync(request);
    }

    /// <summary>Sends and expects success, returning the JSON answer.</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string url, string account, object? body = null)
    {
        using var response = await SendAsync(method, url, account, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {url} as {account}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<string> TokenAsync(string account)
    {
        if (!_tokens.TryGetValue(account, out var token))
        {
            using var response = await Frontend.Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
            response.EnsureSuccessStatusCode();
            token = _tokens[account] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }

        return token;
    }

    public async ValueTask DisposeAsync()
    {
        await Frontend.DisposeAsync();
        foreach (var silo in _silos)
        {
            await silo.StopAsync();
            silo.Dispose();
        }
    }
}
