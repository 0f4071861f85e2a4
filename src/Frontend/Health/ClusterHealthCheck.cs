using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Grains.Cluster;

namespace Platform.Frontend.Health;

/// <summary>The Orleans cluster serves a grain call within a few seconds.</summary>
public sealed class ClusterHealthCheck(IClusterClient client) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var silo = await client.GetGrain<IClusterProbeGrain>(0).Ping().WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy("answered by " + silo);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The cluster did not answer: " + exception.Message);
        }
    }
}
