using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Frontend;
using Platform.Silo;

namespace Platform.Integration.Tests.Infrastructure;

/// <summary>
/// Starts the platform's real hosts inside the test process: silos built by <see cref="SiloExtensions.AddPlatformSilo"/>
/// and a frontend built by <see cref="FrontendExtensions.AddPlatformFrontend"/>, each on free loopback ports.
/// </summary>
public static class PlatformHosts
{
    public static async Task<IHost> StartSiloAsync(string connectionString, string clusterId, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PLATFORM_POSTGRES"] = connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:SiloPort"] = FreePort.Next().ToString(),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(),
        });
        builder.AddPlatformSilo();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static async Task<RunningFrontend> StartFrontendAsync(string connectionString, string clusterId)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Development",
            ContentRootPath = Path.Combine(RepositoryRoot.Path, "src", "Frontend"),
        });
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PLATFORM_POSTGRES"] = connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Urls"] = address,
        });
        builder.AddPlatformFrontend();
        var app = builder.Build();
        app.MapPlatform();
        await app.StartAsync();
        return new RunningFrontend(app, new Uri(address));
    }
}
