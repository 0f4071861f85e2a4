using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>A frontend listening on a loopback port, with an HTTP client pointed at it.</summary>
public sealed class RunningFrontend(WebApplication app, Uri address) : IAsyncDisposable
{
    public Uri Address { get; } = address;

    public HttpClient Http { get; } = new() { BaseAddress = address };

    public IClusterClient Client => app.Services.GetRequiredService<IClusterClient>();

    /// <summary>The frontend's services (a benchmark pushes rows to a hub group through its hub context).</summary>
    public IServiceProvider Services => app.Services;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
