using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Platform.Integration.Tests.Infrastructure;
using Platform.Silo.Database;

namespace Platform.Integration.Tests.Database;

public sealed class MigrationRunnerTests
{
    private static readonly string[] CatalogNames = MigrationCatalog.Embedded.Select(migration => migration.Name).ToArray();

    [Fact]
    public void TheCatalogHoldsTheNumberedMigrationsInOrder()
    {
        Assert.Equal(
            ["0001_orleans_query", "0002_orleans_clustering", "0003_orleans_persistence", "0004_orleans_reminders", "0005_platform_base", "0006_security", "0007_nsk_outbox", "0008_sitting_events", "0009_case_projection", "0010_dev_clock", "0011_live_sittings", "0012_uploads", "0013_mail_outbox", "0014_center_inbox", "0015_center_staff", "0016_statistics", "0017_live_sittings_day", "0018_grain_state", "0019_sitting_wakeups", "0020_data_protection_keys", "0021_case_wakeups", "0022_outage_windows"],
            CatalogNames);
        Assert.Equal(Enumerable.Range(1, CatalogNames.Length), MigrationCatalog.Embedded.Select(migration => migration.Version));
    }

    [Fact]
    public async Task MigrationsRunTwiceApplyNothingTheSecondTime()
    {
        await using var database = await MigratedDatabase.CreateEmptyAsync();

        var first = await database.Runner().ApplyAsync(CancellationToken.None);
        var second = await database.Runner().ApplyAsync(CancellationToken.None);

        Assert.Equal(CatalogNames, first);
        Assert.Empty(second);
        foreach (var table in new[] { "schema_migrations", "orleansquery", "orleans_membership_version", "orleans_membership", "orleans_storage", "orleans_reminder", "audit_log" })
        {
            Assert.True(await database.ScalarAsync<bool>($"select to_regclass('public.{table}') is not null"), $"table {table} is missing");
        }

        var queries = await database.QueriesAsync();
        Assert.Equal(OrleansQueryKeys.All.Order(StringComparer.Ordinal), queries.Texts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConcurrentRunsApplyEachMigrationOnce()
    {
        await using var database = await MigratedDatabase.CreateEmptyAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => database.Runner().ApplyAsync(CancellationToken.None))));

        var reported = runs.SelectMany(names => names).ToList();
        Assert.Equal(CatalogNames, reported.Order(StringComparer.Ordinal));
        Assert.Equal(CatalogNames.Length, await database.ScalarAsync<long>("select count(*) from schema_migrations"));
        Assert.Equal(CatalogNames.Length, await database.ScalarAsync<long>("select count(distinct version) from schema_migrations"));
    }

    [Fact]
    public async Task AnEditedAppliedMigrationIsRefused()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await database.ExecuteAsync("update schema_migrations set checksum = 'edited' where version = 3");

        var refused = await Assert.ThrowsAsync<AppliedMigrationChangedException>(() => database.Runner().ApplyAsync(CancellationToken.None));

        Assert.Equal("0003_orleans_persistence", refused.Migration.Name);
        Assert.Contains("0003_orleans_persistence was edited after it was applied", refused.Message);
    }

    [Fact]
    public async Task AMissingDatabaseIsCreatedOnceEvenWhenSilosRace()
    {
        var server = await PostgresCluster.SharedAsync();
        var name = "t_boot_" + Guid.NewGuid().ToString("N");
        var connectionString = new NpgsqlConnectionStringBuilder(server.ServerConnectionString) { Database = name }.ConnectionString;

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => DatabaseBootstrap.EnsureDatabaseExistsAsync(connectionString, CancellationToken.None))));
        await DatabaseBootstrap.EnsureDatabaseExistsAsync(connectionString, CancellationToken.None);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        Assert.Equal(name, connection.Database);
    }

    [Fact]
    public async Task AnUnreachableServerFailsWithOneClearLine()
    {
        const string nowhere = "Host=127.0.0.1;Port=1;Username=postgres;Password=x;Database=platform;Timeout=3";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PLATFORM_POSTGRES"] = nowhere }).Build();
        await using var dataSource = NpgsqlDataSource.Create(nowhere);
        var service = new MigrationHostedService(
            configuration, new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance), NullLogger<MigrationHostedService>.Instance);

        var failure = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => service.StartAsync(CancellationToken.None));

        Assert.DoesNotContain('\n', failure.Message);
        Assert.Contains("127.0.0.1:1/platform", failure.Message);
        Assert.Contains("./run.sh", failure.Message);
    }
}
