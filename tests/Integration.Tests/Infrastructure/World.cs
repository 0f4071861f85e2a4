using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Orleans.Reminders;
using Orleans.Runtime;
using Platform.Hosting;
using Platform.HubProtocol;
using Platform.Integration.Tests.Certificates;
using Platform.Silo.Sittings;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// The platform for a test, built by <see cref="WorldBuilder"/>: silos on a fresh database whose procedure clock and
/// reminder clock are one <see cref="FakeTimeProvider"/> (statutory days pass in milliseconds while Orleans keeps real
/// time), and when asked a frontend reached over real HTTP and SignalR with development tokens of the demo accounts.
/// A world lent by a shared cluster (<see cref="ProcedureCluster"/>) stops nothing when disposed.
/// </summary>
public sealed class World : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly WorldBuilder? _builder;
    private readonly List<IHost> _silos = [];
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();
    private readonly List<HubConnection> _connections = [];
    private readonly FakeTimeProvider? _clock;
    private RunningFrontend? _frontend;

    internal World(WorldBuilder builder, string database, string clusterId)
    {
        (_builder, Database, ClusterId, _clock) = (builder, database, clusterId, builder.Clock);
    }

    private World(IReadOnlyList<IHost> silos, FakeTimeProvider clock, string database, string candidateKey)
    {
        (_clock, Database, ClusterId, CandidateKey) = (clock, database, "", candidateKey);
        _silos.AddRange(silos);
    }

    /// <summary>A world whose procedure clock starts at <paramref name="now"/>.</summary>
    public static WorldBuilder Create(DateTimeOffset now) => new(new FakeTimeProvider(now));

    /// <summary>A world whose silos keep the platform's own clock (the adjustable development clock over real time).</summary>
    public static WorldBuilder Create() => new(null);

    /// <summary>A world on silos that a shared cluster lends to one test; disposing it stops nothing.</summary>
    public static World Lent(IReadOnlyList<IHost> silos, FakeTimeProvider clock, string database, string candidateKey) =>
        new(silos, clock, database, candidateKey);

    public FakeTimeProvider Clock => _clock ?? throw new InvalidOperationException("this world keeps the platform's own clock");

    /// <summary>The connection string of the world's database.</summary>
    public string Database { get; }

    /// <summary>The Orleans cluster id of the world's hosts (another frontend of a test's own joins with it).</summary>
    public string ClusterId { get; }

    /// <summary>The candidate <see cref="WorldBuilder.WithTestCandidate"/> registered (a lent world's own).</summary>
    public string CandidateKey { get; } = Procedure.Cases.CandidateKey;

    public IReadOnlyList<IHost> Silos => _silos;

    public IServiceProvider SiloServices => _silos[0].Services;

    public IGrainFactory Grains => SiloServices.GetRequiredService<IGrainFactory>();

    /// <summary>The first silo's sitting event log (its batching figures).</summary>
    public SittingEventLog EventLog => SiloServices.GetRequiredService<SittingEventLog>();

    /// <summary>The NSK registry stand-in of <see cref="WorldBuilder.WithNsk"/>.</summary>
    public FakeNskRegistry Nsk { get; } = new();

    /// <summary>While true, enqueuing an NSK result fails, so registering a certificate fails (<see cref="WorldBuilder.WithNsk"/>).</summary>
    public bool OutboxDown { get; set; }

    public RunningFrontend Frontend => _frontend ?? throw new InvalidOperationException("this world has no frontend");

    public HttpClient Http => Frontend.Http;

    /// <summary>Starts a frontend on this world's database (when the builder did not).</summary>
    public async Task<RunningFrontend> StartFrontendAsync() =>
        _frontend = await Builder.StartFrontendAsync(Database, ClusterId);

    internal async Task StartSiloAsync(bool seed) => _silos.Add(await Builder.StartSiloAsync(Database, ClusterId, this, seed));

    /// <summary>Stops one silo gracefully: its grains move to the others, its reminders are taken over.</summary>
    public Task StopSiloAsync(int index) => StopSiloAsync(_silos[index]);

    /// <summary>Stops one silo (its grains deactivate; their next calls activate them on another).</summary>
    public async Task StopSiloAsync(IHost silo)
    {
        _silos.Remove(silo);
        await silo.StopAsync();
        silo.Dispose();
    }

    /// <summary>Stops the (first) silo, every grain on it deactivating, and starts another on the same database.</summary>
    public async Task RestartSiloAsync()
    {
        await StopSiloAsync(0);
        await StartSiloAsync(seed: false);
    }

    /// <summary>The silo where a grain is active now.</summary>
    public async Task<IHost> HostOfAsync(IAddressable grain)
    {
        var address = await Frontend.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain);
        return _silos.Single(silo => silo.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Equals(address));
    }

    /// <summary>A candidate of their own (a personal file per sitting keeps the load test's files small).</summary>
    public Task RegisterCandidateAsync(string key) => DemoRegistration.RegisterCandidateAsync(Grains, key);

    /// <summary>Moves the fake clock to an instant and waits (bounded) for the reminders' effect; see <see cref="FakeClockSteps"/>.</summary>
    public Task<T> AdvanceToAsync<T>(DateTimeOffset instant, Func<Task<T>> observe, Func<T, bool> until) =>
        FakeClockSteps.AdvanceAsync(Clock, instant, observe, until);

    /// <summary>Moves the fake clock on in one-minute steps until the reminders' effect is seen (bounded).</summary>
    public async Task<T> AdvanceUntilAsync<T>(Func<Task<T>> observe, Func<T, bool> until, int minutes = 120)
    {
        for (var step = 0; step < minutes * 4; step++)
        {
            var observed = await observe();
            if (until(observed))
            {
                return observed;
            }

            if (step % 4 == 3)
            {
                Clock.Advance(TimeSpan.FromMinutes(1));
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"nothing happened within {minutes} minutes of fake time");
    }

    /// <summary>Polls an asynchronous effect (the NSK dispatcher runs on its own), bounded: 20 s.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> observe, Func<T, bool> until, string what)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            var observed = await observe();
            if (until(observed))
            {
                return observed;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"not seen within 20 s: {what}");
    }

    /// <summary>One value of a query on the world's database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs a statement on the world's database (to tamper with rows).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Sends a request as a demo account (null: anonymously), with an optional JSON body and Accept-Language.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? account, object? body = null, string? language = null) =>
        SendCoreAsync(method, url, account, body, language, null);

    /// <summary>Sends a request as a demo account with an optional JSON body and headers of its own (an Idempotency-Key, say).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? account, object? body, IDictionary<string, string> headers) =>
        SendCoreAsync(method, url, account, body, null, headers);

    /// <summary>Sends a request with any content (a file, say) as a demo account.</summary>
    public async Task<HttpResponseMessage> SendContentAsync(HttpMethod method, string url, string account, HttpContent content, string? language = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Sends a prepared request (its own headers, an Idempotency-Key say) as a demo account.</summary>
    public async Task<HttpResponseMessage> SendRequestAsync(HttpRequestMessage request, string account)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
        return await Http.SendAsync(request);
    }

    /// <summary>Sends and expects success, returning the JSON answer.</summary>
    public async Task<JsonElement> OkAsync(HttpMethod method, string url, string account, object? body = null, IDictionary<string, string>? headers = null)
    {
        using var response = await SendCoreAsync(method, url, account, body, null, headers);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {url} as {account}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Sends and expects success; the JSON answer read as <typeparamref name="T"/>.</summary>
    public async Task<T> OkAsync<T>(HttpMethod method, string url, string account, object? body = null, IDictionary<string, string>? headers = null) =>
        (await OkAsync(method, url, account, body, headers)).Deserialize<T>(Json)!;

    /// <summary>The JSON of an answer.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>A development token for a demo account, issued once per world.</summary>
    public Task<string> TokenAsync(string account) => _tokens.GetOrAdd(account, IssueTokenAsync);

    /// <summary>
    /// A started SignalR connection to a hub as a demo account: WebSockets only, no negotiation; MessagePack, as the
    /// pages speak it (issue 16), unless <paramref name="protocol"/> asks for JSON.
    /// </summary>
    public async Task<HubConnection> ConnectAsync(string hub, string account, string protocol = HubProtocols.MessagePack)
    {
        var token = await TokenAsync(account);
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(Frontend.Address, hub), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
            });
        var connection = (protocol == HubProtocols.Json ? builder.AddJsonHubProtocol() : builder.AddMessagePackHubProtocol()).Build();
        await connection.StartAsync();
        _connections.Add(connection);
        return connection;
    }

    /// <summary>Puts one clock behind the platform's procedure clock and Orleans' reminders.</summary>
    public static void UseClock(IServiceCollection services, TimeProvider clock)
    {
        services.AddKeyedSingleton(PlatformClock.Key, clock);
        Platform.Silo.Development.AdjustableClockExtensions.UseReminderClock(services, clock);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        if (_frontend is not null)
        {
            await _frontend.DisposeAsync();
        }

        if (_builder is null)
        {
            return; // lent: the cluster's silos are its owner's to stop
        }

        foreach (var silo in _silos.ToList())
        {
            await StopSiloAsync(silo);
        }
    }

    private WorldBuilder Builder => _builder ?? throw new InvalidOperationException("a lent world starts no hosts");

    private async Task<HttpResponseMessage> SendCoreAsync(HttpMethod method, string url, string? account, object? body, string? language, IDictionary<string, string>? headers)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
        if (account is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        return await Http.SendAsync(request);
    }

    private async Task<string> IssueTokenAsync(string account)
    {
        using var response = await Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
