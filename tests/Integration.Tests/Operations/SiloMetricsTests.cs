using Microsoft.Extensions.DependencyInjection;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Probes;
using Platform.Silo.Telemetry;

namespace Platform.Integration.Tests.Operations;

/// <summary>
/// Issue 17: the silo is a process of its own; given <c>Platform:Metrics:Port</c> it serves its meters (Orleans' server
/// side, Npgsql's, the runtime's and the platform's event log) as Prometheus text on that port of its internal address.
/// </summary>
public sealed class SiloMetricsTests
{
    [Fact]
    public async Task ASiloGivenAMetricsPortServesItsMetersThere()
    {
        var database = await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync();
        var port = FreePort.Next();
        using var silo = await PlatformHosts.StartSiloAsync(database, "silo-metrics", settings: new Dictionary<string, string?>
        {
            [SiloTelemetry.PortSetting] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SiloTelemetry.HostSetting] = "127.0.0.1",
        });
        try
        {
            await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>("silo-metrics").Remember("measured");
            using var http = new HttpClient();

            var text = await http.GetStringAsync($"http://127.0.0.1:{port}/metrics");

            Assert.Contains("\norleans_catalog_activations", text, StringComparison.Ordinal);
            Assert.Contains("\nplatform_event_log_records_total", text, StringComparison.Ordinal);
            Assert.Contains("\ndb_client_", text, StringComparison.Ordinal);
        }
        finally
        {
            await silo.StopAsync();
        }
    }
}
