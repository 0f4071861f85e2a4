using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Hosting;

namespace Platform.Silo.Database;

/// <summary>
/// Brings the database up to date before Orleans starts: creates it if missing, then applies the pending
/// migrations. Registered before the silo so membership, grain state and reminders find their SQL.
/// </summary>
public sealed partial class MigrationHostedService(
    IConfiguration configuration,
    MigrationRunner runner,
    ILogger<MigrationHostedService> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connectionString = PlatformDatabase.ConnectionString(configuration);
        try
        {
            await DatabaseBootstrap.EnsureDatabaseExistsAsync(connectionString, cancellationToken);
            var applied = await runner.ApplyAsync(cancellationToken);
            LogMigrated(logger, applied.Count, applied.Count == 0 ? "none" : string.Join(", ", applied));
        }
        catch (Exception exception) when (Explain(exception, connectionString) is { } explanation)
        {
            throw new DatabaseUnavailableException(explanation, exception);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// One line for the failures an operator fixes outside the code (server down, wrong password);
    /// <c>null</c> for everything else, which keeps its own exception.
    /// </summary>
    internal static string? Explain(Exception exception, string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var where = $"{target.Host ?? "localhost"}:{target.Port}/{target.Database}";
        return exception switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
                $"PostgreSQL at {where} refused the login of user '{target.Username}': fix the credentials in PLATFORM_POSTGRES (or ConnectionStrings:Platform).",
            PostgresException => null,
            NpgsqlException { InnerException: SocketException or TimeoutException or IOException } or NpgsqlException { IsTransient: true } =>
                $"PostgreSQL is not reachable at {where}: start it with ./run.sh, or set PLATFORM_POSTGRES to the connection string of a running server.",
            _ => null,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrations: {Count} applied ({Names})")]
    private static partial void LogMigrated(ILogger logger, int count, string names);
}
