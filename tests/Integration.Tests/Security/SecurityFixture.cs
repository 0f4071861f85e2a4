using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// A silo and a frontend with the security probes mapped and every log message of both captured, on a fresh
/// database. The login rate limit is lifted here (the role matrix signs in every account); the rate-limit tests
/// start a frontend of their own with a low one.
/// </summary>
public sealed class SecurityFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Task<string>> _tokens = new();
    private IHost? _silo;
    private WebApplication? _app;

    public CapturedLogs Logs { get; } = new();

    public string Database { get; private set; } = "";

    public RunningFrontend Frontend { get; private set; } = null!;

    /// <summary>The frontend's services: its endpoint data source, its security services.</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>A client that neither follows redirects nor keeps cookies, so each call shows its own answer.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        _silo = await PlatformHosts.StartSiloAsync(Database, "security", Logs.AddTo);
        Frontend = await PlatformHosts.StartFrontendAsync(
            Database,
            "security",
            new Dictionary<string, string?> { ["Platform:Limits:Login:PermitLimit"] = "100000" },
            Logs.AddTo,
            app =>
            {
                _app = app;
                SecurityProbes.Map(app);
            });
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Frontend.Address };
    }

    /// <summary>A development token for a demo account, issued once per fixture.</summary>
    public Task<string> TokenAsync(string account) => _tokens.GetOrAdd(account, IssueAsync);

    /// <summary>A request with the account's bearer token (none for a null account).</summary>
    public async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string url, string? account, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (account is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(account));
        }

        return request;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? account, HttpContent? content = null)
    {
        using var request = await RequestAsync(method, url, account, content);
        return await Http.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Frontend.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }
    }

    private async Task<string> IssueAsync(string account)
    {
        using var response = await Http.PostAsJsonAsync("/api/v1/dev/tokens", new { account });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}

[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<SecurityFixture>
{
    public const string Name = "security";
}
