using Npgsql;

namespace Platform.Silo.Database;

/// <summary>Creates the platform's database on first start, so a fresh PostgreSQL needs no manual step.</summary>
public static class DatabaseBootstrap
{
    /// <summary>
    /// Creates the database named in <paramref name="connectionString"/> unless it exists. Safe when several
    /// silos start at once: losing the race to create it counts as success.
    /// </summary>
    public static async Task EnsureDatabaseExistsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        if (await CanConnectAsync(target, cancellationToken))
        {
            return;
        }

        // The maintenance database is only needed when the target is missing, so a login that may not
        // connect to "postgres" still works once the database exists.
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"create database {QuoteIdentifier(target.Database!)}", connection);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another silo created it between our check and our CREATE (the catalogue's unique index can
            // report the race as 23505 instead of 42P04).
        }
    }

    private static async Task<bool> CanConnectAsync(NpgsqlConnectionStringBuilder target, CancellationToken cancellationToken)
    {
        var probe = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(probe.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
