using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Platform.Frontend.Health;

/// <summary>PostgreSQL answers a trivial query within a few seconds.</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            // Pooled connections did not survive the outage: drop them so the next probe opens a new one.
            dataSource.Clear();
            return HealthCheckResult.Unhealthy("PostgreSQL is not reachable: " + exception.Message);
        }
    }
}
