using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Platform.Grains.Certificates;
using Platform.Integration.Tests.Infrastructure;
using Platform.Silo.Nsk;

namespace Platform.Integration.Tests.Certificates;

/// <summary>
/// A silo on a fresh database with a fake procedure clock (which the NSK dispatcher follows too), a fake NSK registry and
/// an outbox that can be made to fail; the silo can be stopped and another started on the same database, and a frontend
/// can be added for HTTP.
/// </summary>
public sealed class CertificateWorld : IAsyncDisposable
{
    private readonly string _database;
    private readonly string _clusterId = "cert-" + Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, string> _tokens = [];
    private IHost _silo = null!;

    private CertificateWorld(string database, FakeTimeProvider clock)
    {
        _database = database;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public FakeNskRegistry Nsk { get; } = new();

    /// <summary>While true, enqueuing an NSK result fails, so registering a certificate fails.</summary>
    public bool OutboxDown { get; set; }

    public IGrainFactory Grains => _silo.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider SiloServices => _silo.Services;

    public RunningFrontend? Frontend { get; private set; }

    public static async Task<CertificateWorld> StartAsync(DateTimeOffset now)
    {
        var world = new CertificateWorld(await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync(), new FakeTimeProvider(now));
        world._silo = await world.StartSiloAsync();
        await Issuing.RegisterDemoAsync(world.Grains);
        return world;
    }

    /// <summary>Stops the silo (its activations end) and starts another on the same database.</summary>
    public async Task RestartSiloAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
        _silo = await StartSiloAsync();
    }

    public async Task<RunningFrontend> StartFrontendAsync()
    {
        Frontend = await PlatformHosts.StartFrontendAsync(_database, _clusterId,
            new Dictionary<string, string?> { ["Platform:Limits:Login:PermitLimit"] = "100000" });
        return Frontend;
    }

    /// <summary>One value of a query on the platform's database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var command = _silo.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new() { Value = value });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Polls an asynchronous effect (the dispatcher runs on its own), bounded: 20 s.</summary>
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

    /// <summary>Sends a request to the frontend as a demo account (null: anonymously).</summary>
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

        return await Frontend!.Http.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private async Task<string> TokenAsync(string account)
    {
        if (!_tokens.TryGetValue(account, out var token))
        {
            using var response = await Frontend!.Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
            response.EnsureSuccessStatusCode();
            token = _tokens[account] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        }

        return token;
    }

    private Task<IHost> StartSiloAsync() => PlatformHosts.StartSiloAsync(_database, _clusterId, services =>
    {
        ProcedureWorld.UseClock(services, Clock);
        services.AddSingleton<INskRegistry>(Nsk);
        services.AddSingleton<INskOutbox>(provider => new FlakyOutbox(provider.GetRequiredService<PostgresNskOutbox>(), () => OutboxDown));
    });

    public async ValueTask DisposeAsync()
    {
        if (Frontend is not null)
        {
            await Frontend.DisposeAsync();
        }

        await _silo.StopAsync();
        _silo.Dispose();
    }
}
