using Microsoft.AspNetCore.Builder;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// A <see cref="World"/> whose frontend has the security probes mapped and whose silo's and frontend's every log message
/// is captured, shared by the security tests. The login rate limit is lifted there (the role matrix signs in every
/// account); the rate-limit tests start a frontend of their own with a low one.
/// </summary>
public sealed class SecurityFixture : IAsyncLifetime
{
    private World? _world;
    private WebApplication? _app;

    public CapturedLogs Logs { get; } = new();

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public string Database => World.Database;

    public string ClusterId => World.ClusterId;

    public RunningFrontend Frontend => World.Frontend;

    /// <summary>The frontend's services: its endpoint data source, its security services.</summary>
    public IServiceProvider Services => _app!.Services;

    /// <summary>A client that neither follows redirects nor keeps cookies, so each call shows its own answer.</summary>
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _world = await World.Create().WithLogs(Logs).WithFrontend(map: app =>
        {
            _app = app;
            SecurityProbes.Map(app);
        }).StartAsync();
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Frontend.Address };
    }

    /// <summary>A development token for a demo account, issued once per fixture.</summary>
    public Task<string> TokenAsync(string account) => World.TokenAsync(account);

    /// <summary>A request with the account's bearer token (none for a null account).</summary>
    public async Task<HttpRequestMessage> RequestAsync(HttpMethod method, string url, string? account, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (account is not null)
        {
            request.Headers.Authorization = new("Bearer", await TokenAsync(account));
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
        Http?.Dispose();
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}
