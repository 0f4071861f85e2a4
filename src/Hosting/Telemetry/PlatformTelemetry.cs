using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Diagnostics;

namespace Platform.Hosting.Telemetry;

/// <summary>
/// Issue 17: what both processes measure and trace. Metrics always: Orleans' meters, Npgsql's, the .NET runtime's and
/// the platform's own (<see cref="MeterName"/>); each host adds its own meters and its exporter. Traces only when
/// <see cref="OtlpEndpointSetting"/> names an OpenTelemetry collector: then Orleans' grain calls, Npgsql's commands and
/// what the host adds are sent there, and nothing is traced otherwise.
/// </summary>
public static class PlatformTelemetry
{
    /// <summary>The platform's own meter, in the silo and in the frontend (each process its own instruments).</summary>
    public const string MeterName = "Platform";

    /// <summary>Orleans' meter (grain calls, activations, messaging, membership, storage).</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Npgsql's meter (connection pools, commands).</summary>
    public const string NpgsqlMeter = "Npgsql";

    /// <summary>The OTLP endpoint traces go to (<c>Platform__Telemetry__OtlpEndpoint</c>); unset, no traces.</summary>
    public const string OtlpEndpointSetting = "Platform:Telemetry:OtlpEndpoint";

    /// <summary>
    /// OpenTelemetry for a host named <paramref name="serviceName"/>: <paramref name="metrics"/> adds the host's meters
    /// and exporter, <paramref name="tracing"/> the host's sources when tracing is on. Returns whether it is.
    /// </summary>
    public static bool AddPlatformTelemetry(
        this IHostApplicationBuilder builder, string serviceName, Action<MeterProviderBuilder> metrics, Action<TracerProviderBuilder> tracing)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: Environment.MachineName + "/" + Environment.ProcessId))
            .WithMetrics(meters =>
            {
                meters.AddMeter(OrleansMeter, NpgsqlMeter, MeterName).AddRuntimeInstrumentation();
                metrics(meters);
            });

        if (OtlpEndpoint(builder.Configuration) is not { } endpoint)
        {
            return false;
        }

        telemetry.WithTracing(traces =>
        {
            traces.AddSource(ActivitySources.ApplicationGrainActivitySourceName, ActivitySources.RuntimeActivitySourceName, NpgsqlMeter);
            tracing(traces);
            traces.AddOtlpExporter(options => options.Endpoint = endpoint);
        });
        return true;
    }

    /// <summary>The configured OTLP endpoint, or null when traces are off.</summary>
    public static Uri? OtlpEndpoint(IConfiguration configuration) =>
        configuration[OtlpEndpointSetting] is { Length: > 0 } text ? new Uri(text, UriKind.Absolute) : null;

    /// <summary>Outside Development the console writes one JSON object a line, with scopes (the correlation id) and UTC times, for a log shipper.</summary>
    public static void AddJsonLogsOutsideDevelopment(IHostApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }
    }
}
