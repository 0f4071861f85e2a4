using OpenTelemetry.Metrics;
using Platform.Hosting.Telemetry;

namespace Platform.Silo.Telemetry;

/// <summary>
/// Issue 17: the silo's metrics, traces and logs. The silo is a process of its own with no web server (its image has
/// the .NET runtime only), so it serves its meters itself: Prometheus text at <c>http://{host}:{port}/metrics</c> when
/// <see cref="PortSetting"/> (<c>Platform__Metrics__Port</c>) is set, bound to <see cref="HostSetting"/> or else the
/// silo's advertised (internal network) address, never to a public one. It answers without authentication, like the
/// silo's own ports (11111, 30000) beside it, which already grant far more to whoever reaches them: the internal network
/// is the boundary, and Prometheus scrapes each silo there. Not set, nothing listens.
/// </summary>
public static class SiloTelemetry
{
    public const string PortSetting = "Platform:Metrics:Port";

    public const string HostSetting = "Platform:Metrics:Host";

    public static IHostApplicationBuilder AddSiloTelemetry(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        PlatformTelemetry.AddJsonLogsOutsideDevelopment(builder);
        builder.Services.AddSingleton<SiloMetrics>();
        var port = configuration.GetValue<int?>(PortSetting);
        builder.AddPlatformTelemetry("platform-silo",
            metrics =>
            {
                // Made with the meter provider, so the silo's observable instruments exist from the start.
                metrics.AddInstrumentation(services => services.GetRequiredService<SiloMetrics>());
                if (port is { } listening)
                {
                    metrics.AddPrometheusHttpListener(options =>
                    {
                        options.Host = configuration[HostSetting] ?? configuration["Orleans:AdvertisedIP"] ?? "localhost";
                        options.Port = listening;
                    });
                }
            },
            _ => { });
        return builder;
    }

    /// <summary>The silo's half of the correlation id, and Orleans' trace propagation when traces are on.</summary>
    public static void AddGrainCallTelemetry(ISiloBuilder silo, IConfiguration configuration)
    {
        silo.AddIncomingGrainCallFilter<CorrelationIncomingFilter>();
        if (PlatformTelemetry.OtlpEndpoint(configuration) is not null)
        {
            silo.AddActivityPropagation();
        }
    }
}
