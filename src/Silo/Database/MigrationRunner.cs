using System.Data;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Silo.Database;

/// <summary>
/// Applies the embedded migrations that the database has not seen, each in its own transaction together
/// with its row in <c>schema_migrations</c>. Safe to run from every silo at once: a session advisory lock
/// lets one runner work while the others wait and then find nothing left to do.
/// </summary>
public sealed partial class MigrationRunner(NpgsqlDataSource dataSource, ILogger<MigrationRunner> logger)
{
    // Fixed for the life of the platform: every silo of every version must contend for the same lock.
    // The bytes spell "PLATMIGR".
    private const long AdvisoryLockKey = 0x504C_4154_4D49_4752;

    private readonly IReadOnlyList<Migration> _catalog = MigrationCatalog.Embedded;

    /// <summary>Applies what is pending; returns the names applied, in order (empty when up to date).</summary>
    /// <exception cref="AppliedMigrationChangedException">An applied migration's script was edited since.</exception>
    public async Task<IReadOnlyList<string>> ApplyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"select pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            return await ApplyPendingAsync(connection, cancellationToken);
        }
        finally
        {
            // A pooled connection keeps session locks, so release explicitly, even when cancelled. A broken
            // connection has lost the lock with its session; trying would only hide the original error.
            if (connection.State == ConnectionState.Open)
            {
                await ExecuteAsync(connection, $"select pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
        }
    }

    private async Task<IReadOnlyList<string>> ApplyPendingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Created under the lock: two concurrent CREATE TABLE IF NOT EXISTS can still collide.
        await ExecuteAsync(connection, """
            create table if not exists schema_migrations (
                version    integer primary key,
                name       text not null,
                checksum   text not null,
                applied_at timestamptz not null default now())
            """, cancellationToken);

        var applied = await ReadAppliedAsync(connection, cancellationToken);
        VerifyUnchanged(applied);

        var names = new List<string>();
        foreach (var migration in _catalog.Where(migration => !applied.ContainsKey(migration.Version)))
        {
            await ApplyOneAsync(connection, migration, cancellationToken);
            names.Add(migration.Name);
        }

        return names;
    }

    private async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select version, checksum from schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }

        return applied;
    }

    private void VerifyUnchanged(Dictionary<int, string> applied)
    {
        foreach (var migration in _catalog)
        {
            if (applied.TryGetValue(migration.Version, out var checksum) && checksum != migration.Checksum)
            {
                throw new AppliedMigrationChangedException(migration, checksum);
            }
        }

        // A newer silo already migrated further; this one may still run (rolling upgrade), so only say so.
        var unknown = applied.Keys.Where(version => _catalog.All(migration => migration.Version != version)).ToList();
        if (unknown.Count > 0)
        {
            LogUnknownVersions(logger, string.Join(", ", unknown.Order()));
        }
    }

    private async Task ApplyOneAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, migration.Sql, cancellationToken);

        await using var record = new NpgsqlCommand(
            "insert into schema_migrations (version, name, checksum) values (@version, @name, @checksum)", connection);
        record.Parameters.AddWithValue("version", migration.Version);
        record.Parameters.AddWithValue("name", migration.Name);
        record.Parameters.AddWithValue("checksum", migration.Checksum);
        await record.ExecuteNonQueryAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        LogApplied(logger, migration.Name);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Name}")]
    private static partial void LogApplied(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has migrations this silo does not know ({Versions}); it was migrated by a newer silo")]
    private static partial void LogUnknownVersions(ILogger logger, string versions);
}
