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
    /// <summary>The data folder (<c>Platform:DataDirectory</c>) of the frontends this test process starts.</summary>
    public static string TestDataDirectory { get; } =
        Path.Combine(Path.GetTempPath(), "qrp-tests", $"data-{Environment.ProcessId}");

    public static async Task<IHost> StartSiloAsync(
        string connectionString,
        string clusterId,
        Action<IServiceCollection>? services = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PLATFORM_POSTGRES"] = connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Orleans:SiloPort"] = FreePort.Next().ToString(),
            ["Orleans:GatewayPort"] = FreePort.Next().ToString(),
            ["Platform:DataDirectory"] = TestDataDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddPlatformSilo();
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>
    /// Starts a frontend. <paramref name="settings"/> add or override configuration, <paramref name="services"/> adds
    /// services (a log capture), <paramref name="map"/> maps test-only endpoints after the platform's own.
    /// Generated development secrets and uploads go to a data folder of this test process, not the checkout's .data.
    /// Outside Development (<paramref name="environment"/>) the settings must hold what production needs: secrets and
    /// an identity provider.
    /// </summary>
    public static async Task<RunningFrontend> StartFrontendAsync(
        string connectionString,
        string clusterId,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        Action<WebApplication>? map = null,
        string environment = "Development")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = Path.Combine(RepositoryRoot.Path, "src", "Frontend"),
        });
        var address = $"http://127.0.0.1:{FreePort.Next()}";
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PLATFORM_POSTGRES"] = connectionString,
            ["Orleans:ClusterId"] = clusterId,
            ["Urls"] = address,
            ["Platform:DataDirectory"] = TestDataDirectory,
            // Every test calls from 127.0.0.1, many of them as one account: the global limits are lifted here; the
            // rate-limit tests set low ones.
            ["Platform:Limits:Subject:PermitLimit"] = "1000000",
            ["Platform:Limits:Address:PermitLimit"] = "1000000",
            ["Platform:Limits:Anonymous:PermitLimit"] = "1000000",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddPlatformFrontend();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapPlatform();
        map?.Invoke(app);
        await app.StartAsync();
        return new RunningFrontend(app, new Uri(address));
    }
}
