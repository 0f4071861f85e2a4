using System.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Platform.Frontend.Security;
using Platform.Hosting.Telemetry;

namespace Platform.Frontend.Telemetry;

/// <summary>
/// Issue 17: the frontend's metrics, traces and logs. Metrics: the platform's shared meters (Orleans' client side,
/// Npgsql, the runtime, the platform's), ASP.NET Core's (<c>Microsoft.AspNetCore.*</c>: requests, Kestrel, routing,
/// SignalR's connections in <c>Microsoft.AspNetCore.Http.Connections</c>, rate limiting, authentication) and
/// <c>System.Net.Http</c>, served as Prometheus text at <see cref="MetricsSettings.Path"/> to administrators only.
/// Logs: JSON lines with their scopes outside Development, each request's lines carrying its correlation id.
/// </summary>
public static class TelemetryExtensions
{
    public static WebApplicationBuilder AddFrontendTelemetry(this WebApplicationBuilder builder)
    {
        PlatformTelemetry.AddJsonLogsOutsideDevelopment(builder);
        builder.Services.AddSingleton<FrontendMetrics>();
        builder.Services.AddSingleton<PlatformStateSampler>();
        builder.Services.AddHostedService(services => services.GetRequiredService<PlatformStateSampler>());
        builder.AddPlatformTelemetry("platform-frontend",
            metrics => metrics.AddMeter("Microsoft.AspNetCore.*", "System.Net.Http").AddPrometheusExporter(),
            traces => traces.AddAspNetCoreInstrumentation().AddSource("Microsoft.AspNetCore.SignalR.Server"));
        return builder;
    }

    /// <summary>The Orleans client's side of the correlation id, and Orleans' trace propagation when traces are on.</summary>
    public static void AddClientTelemetry(IClientBuilder client, IConfiguration configuration)
    {
        client.AddOutgoingGrainCallFilter<CorrelationOutgoingFilter>();
        if (PlatformTelemetry.OtlpEndpoint(configuration) is not null)
        {
            client.AddActivityPropagation();
        }
    }

    /// <summary>
    /// First in the pipeline: every log line of a request (the exception handler's too) carries its correlation id,
    /// the W3C trace id of the request's activity (ASP.NET Core takes a caller's <c>traceparent</c> as its parent;
    /// ProblemDetails show it as <c>traceId</c>).
    /// </summary>
    public static WebApplication UseCorrelation(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Correlation");
        app.Use(async (context, next) =>
        {
            if (Activity.Current is not { IdFormat: ActivityIdFormat.W3C } activity)
            {
                await next(context);
                return;
            }

            using (Correlation.BeginScope(logger, activity.TraceId.ToHexString()))
            {
                await next(context);
            }
        });
        return app;
    }

    /// <summary><see cref="MetricsSettings.Path"/>: Prometheus text, for administrators as the dashboard is.</summary>
    public static WebApplication MapMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsSettings.Path).RequireAuthorization(Policies.Administrator);
        return app;
    }
}
