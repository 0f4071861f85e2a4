using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// The platform for the live tests: one or two silos with the demo data and one fake procedure clock, and a frontend;
/// HTTP requests and real SignalR connections as the demo accounts (tokens of the development issuer).
/// </summary>
public sealed class LiveWorld : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private readonly List<IHost> _silos;
    private readonly Dictionary<string, string> _tokens = [];
    private readonly List<HubConnection> _connections = [];

    private LiveWorld(List<IHost> silos, RunningFrontend frontend, FakeTimeProvider clock) => (_silos, Frontend, Clock) = (silos, frontend, clock);

    public RunningFrontend Frontend { get; }

    public FakeTimeProvider Clock { get; }

    public IReadOnlyList<IHost> Silos => _silos;

    public static async Task<LiveWorld> StartAsync(DateTimeOffset now, int silos = 1)
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var clock = new FakeTimeProvider(now);
        var hosts = new List<IHost>();
        for (var i = 0; i < silos; i++)
        {
            hosts.Add(await PlatformHosts.StartSiloAsync(database, "live", services => ProcedureWorld.UseClock(services, clock),
                new Dictionary<string, string?> { ["Platform:SeedDemoData"] = i == 0 ? "true" : "false" }));
        }

        var frontend = await PlatformHosts.StartFrontendAsync(database, "live",
            new Dictionary<string, string?> { ["Platform:Limits:Login:PermitLimit"] = "100000" });
        return new LiveWorld(hosts, frontend, clock);
    }

    /// <summary>Sends a request as a demo account, with an optional JSON body and Idempotency-Key.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? account, object? body = null, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        if (account is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await Frontend.Http.SendAsync(request);
    }

    /// <summary>Sends and expects success; the JSON answer.</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string url, string account, object? body = null, IDictionary<string, string>? headers = null)
    {
        using var response = await SendAsync(method, url, account, body, headers);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {url} as {account}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<T> OkAsync<T>(HttpMethod method, string url, string account, object? body = null, IDictionary<string, string>? headers = null) =>
        (await OkAsync(method, url, account, body, headers)).Deserialize<T>(Json)!;

    /// <summary>A started SignalR connection to a hub as a demo account: WebSockets only, no negotiation.</summary>
    public async Task<HubConnection> ConnectAsync(string hub, string account)
    {
        var token = await TokenAsync(account);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Frontend.Address, hub), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        await connection.StartAsync();
        _connections.Add(connection);
        return connection;
    }

    /// <summary>The silo where a grain is active now.</summary>
    public async Task<IHost> HostOfAsync(IAddressable grain)
    {
        var address = await Frontend.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        return _silos.Single(silo => silo.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Equals(address));
    }

    /// <summary>Stops one silo (its grains deactivate; their next calls activate them on another).</summary>
    public async Task StopSiloAsync(IHost silo)
    {
        await silo.StopAsync();
        silo.Dispose();
        _silos.Remove(silo);
    }

    public async Task<string> TokenAsync(string account)
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
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        await Frontend.DisposeAsync();
        foreach (var silo in _silos)
        {
            await silo.StopAsync();
            silo.Dispose();
        }
    }
}
