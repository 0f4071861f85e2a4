using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Integration.Tests.Infrastructure;
using Platform.Silo.Database;

namespace Platform.Integration.Tests.Database;

/// <summary>A fresh database of its own on the shared test server, with every migration applied.</summary>
internal sealed class MigratedDatabase(string connectionString, NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public NpgsqlDataSource DataSource { get; } = dataSource;

    public static async Task<MigratedDatabase> CreateAsync()
    {
        var database = await CreateEmptyAsync();
        await database.Runner().ApplyAsync(CancellationToken.None);
        return database;
    }

    public static async Task<MigratedDatabase> CreateEmptyAsync()
    {
        var server = await PostgresCluster.SharedAsync();
        var connectionString = await server.CreateDatabaseAsync();
        return new MigratedDatabase(connectionString, NpgsqlDataSource.Create(connectionString));
    }

    public MigrationRunner Runner() => new(DataSource, NullLogger<MigrationRunner>.Instance);

    public Task<ProviderQueries> QueriesAsync() => ProviderQueries.LoadAsync(DataSource);

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
