using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;
using static Platform.Integration.Tests.Database.QueryParameter;

namespace Platform.Integration.Tests.Database;

/// <summary>The membership SQL of migration 0002, driven as Orleans.Clustering.AdoNet drives it.</summary>
public sealed class ClusteringContractTests
{
    private const string Cluster = "exam-cluster";
    private const int Active = 3;
    private const int Dead = 6;

    private static readonly DateTime Started = new(2026, 5, 4, 8, 0, 0, 123, DateTimeKind.Utc);

    [Fact]
    public async Task TheTableVersionRowIsCreatedOnceAndReadWithoutSilos()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();

        Assert.True(await queries.BooleanAsync("InsertMembershipVersionKey", Text("DeploymentId", Cluster)));
        Assert.False(await queries.BooleanAsync("InsertMembershipVersionKey", Text("DeploymentId", Cluster)));

        var row = Assert.Single(await queries.RowsAsync("MembershipReadAllKey", Text("DeploymentId", Cluster)));
        Assert.Null(row["StartTime"]);
        Assert.Equal(0, Convert.ToInt32(row["Version"]));
        Assert.Empty(await queries.RowsAsync("MembershipReadAllKey", Text("DeploymentId", "another-cluster")));
    }

    [Fact]
    public async Task SiloRowsChangeOnlyWithTheCurrentTableVersion()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        await queries.BooleanAsync("InsertMembershipVersionKey", Text("DeploymentId", Cluster));

        Assert.True(await InsertSiloAsync(queries, generation: 1, version: 0));
        Assert.False(await InsertSiloAsync(queries, generation: 1, version: 1));
        Assert.False(await InsertSiloAsync(queries, generation: 2, version: 0));
        Assert.Equal(1, await TableVersionAsync(queries));

        Assert.True(await UpdateSiloAsync(queries, generation: 1, Dead, "S127.0.0.1:11112:7,2026-05-04 08:01:00.000 GMT", version: 1));
        Assert.False(await UpdateSiloAsync(queries, generation: 1, Active, null, version: 1));
        Assert.False(await UpdateSiloAsync(queries, generation: 9, Active, null, version: 2));
        Assert.Equal(2, await TableVersionAsync(queries));

        var silo = Assert.Single(await queries.RowsAsync("MembershipReadRowKey", SiloKey(generation: 1)));
        Assert.Equal(("127.0.0.1", 11111, 1, Dead, 30000), ((string)silo["Address"]!, (int)silo["Port"]!, (int)silo["Generation"]!, (int)silo["Status"]!, (int)silo["ProxyPort"]!));
        Assert.Equal(("silo-1", "host-a"), ((string)silo["SiloName"]!, (string)silo["HostName"]!));
        Assert.Equal(Started, (DateTime)silo["StartTime"]!);
        Assert.Equal("S127.0.0.1:11112:7,2026-05-04 08:01:00.000 GMT", silo["SuspectTimes"]);
        Assert.Equal(2, Convert.ToInt32(silo["Version"]));

        var unknown = Assert.Single(await queries.RowsAsync("MembershipReadRowKey", SiloKey(generation: 9)));
        Assert.Null(unknown["StartTime"]);
        Assert.Equal(2, Convert.ToInt32(unknown["Version"]));
    }

    [Fact]
    public async Task OfSilosJoiningWithTheSameTableVersionExactlyOneSucceeds()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        await queries.BooleanAsync("InsertMembershipVersionKey", Text("DeploymentId", Cluster));

        var joined = await Task.WhenAll(Enumerable.Range(1, 4).Select(generation => Task.Run(() => InsertSiloAsync(queries, generation, version: 0))));

        Assert.Single(joined, inserted => inserted);
        Assert.Equal(1, await TableVersionAsync(queries));
        Assert.Single(await queries.RowsAsync("MembershipReadAllKey", Text("DeploymentId", Cluster)));
    }

    [Fact]
    public async Task AHeartbeatMovesIAmAliveButNotTheTableVersion()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        await queries.BooleanAsync("InsertMembershipVersionKey", Text("DeploymentId", Cluster));
        await InsertSiloAsync(queries, generation: 1, version: 0);

        var later = Started.AddSeconds(30);
        Assert.Equal(1, await queries.ExecuteAsync("UpdateIAmAlivetimeKey", [.. SiloKey(1), Time("IAmAliveTime", later)]));

        var silo = Assert.Single(await queries.RowsAsync("MembershipReadAllKey", Text("DeploymentId", Cluster)));
        Assert.Equal(later, (DateTime)silo["IAmAliveTime"]!);
        Assert.Equal(1, Convert.ToInt32(silo["Version"]));
    }

    [Fact]
    public async Task GatewaysAreTheActiveSilosWithAProxyPort()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        await queries.BooleanAsync("InsertMembershipVersionKey", Text("DeploymentId", Cluster));
        await InsertSiloAsync(queries, generation: 1, version: 0, status: Active);
        await InsertSiloAsync(queries, generation: 2, version: 1, status: Dead);
        await InsertSiloAsync(queries, generation: 3, version: 2, status: Active, proxyPort: 0);

        var gateway = Assert.Single(await queries.RowsAsync("GatewaysQueryKey", Text("DeploymentId", Cluster), Int("Status", Active)));

        Assert.Equal(("127.0.0.1", 30000, 1), ((string)gateway["Address"]!, (int)gateway["ProxyPort"]!, (int)gateway["Generation"]!));
    }

    [Fact]
    public async Task DefunctSilosAreCleanedUpOnlyWhenDeadAndUnchanged()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        await queries.BooleanAsync("InsertMembershipVersionKey", Text("DeploymentId", Cluster));
        await InsertSiloAsync(queries, generation: 1, version: 0, status: Dead);
        await InsertSiloAsync(queries, generation: 2, version: 1, status: Dead);
        await InsertSiloAsync(queries, generation: 3, version: 2, status: Active);

        QueryParameter[] StillAsRead(int generation, DateTime iAmAlive) =>
            [.. SiloKey(generation), Time("StartTime", Started), Time("IAmAliveTime", iAmAlive), Text("SuspectTimes", "")];

        Assert.Equal(0, await queries.ExecuteAsync("CleanupDefunctSiloEntryKey", StillAsRead(1, Started.AddSeconds(1))));
        Assert.Equal(1, await queries.ExecuteAsync("CleanupDefunctSiloEntryKey", StillAsRead(1, Started)));
        Assert.Equal(0, await queries.ExecuteAsync("CleanupDefunctSiloEntryKey", StillAsRead(3, Started)));

        Assert.Equal(0, await queries.ExecuteAsync("CleanupDefunctSiloEntriesKey", Text("DeploymentId", Cluster), Time("IAmAliveTime", Started)));
        Assert.Equal(1, await queries.ExecuteAsync("CleanupDefunctSiloEntriesKey", Text("DeploymentId", Cluster), Time("IAmAliveTime", Started.AddMinutes(1))));

        var left = Assert.Single(await queries.RowsAsync("MembershipReadAllKey", Text("DeploymentId", Cluster)));
        Assert.Equal(3, (int)left["Generation"]!);
    }

    [Fact]
    public async Task DeletingTheClusterRemovesItsSilosAndVersion()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        await queries.BooleanAsync("InsertMembershipVersionKey", Text("DeploymentId", Cluster));
        await InsertSiloAsync(queries, generation: 1, version: 0);

        await queries.ExecuteAsync("DeleteMembershipTableEntriesKey", Text("DeploymentId", Cluster));

        Assert.Empty(await queries.RowsAsync("MembershipReadAllKey", Text("DeploymentId", Cluster)));
        Assert.Equal(0L, await database.ScalarAsync<long>("select count(*) from orleans_membership"));
    }

    [Fact]
    public async Task TheOrleansMembershipTableAndGatewayProviderWorkOnTheMigratedDatabase()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        using var services = new ServiceCollection().BuildServiceProvider();
        var cluster = Options.Create(new ClusterOptions { ClusterId = Cluster, ServiceId = "exam-service" });
        var table = new AdoNetClusteringTable(
            services, cluster,
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = "Npgsql", ConnectionString = database.ConnectionString }),
            NullLogger<AdoNetClusteringTable>.Instance);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true, CancellationToken.None);

        var entry = NewEntry();
        var empty = await table.ReadAllAsync(CancellationToken.None);
        Assert.Empty(empty.Members);
        Assert.True(await table.InsertRowAsync(entry, empty.Version.Next(), CancellationToken.None));
        Assert.False(await table.InsertRowAsync(NewEntry(generation: 2), empty.Version.Next(), CancellationToken.None));

        entry.IAmAliveTime = entry.IAmAliveTime.AddSeconds(10);
        await table.UpdateIAmAliveAsync(entry, CancellationToken.None);
        var read = await table.ReadRowAsync(entry.SiloAddress, CancellationToken.None);
        var (stored, etag) = Assert.Single(read.Members);
        Assert.Equal(entry.IAmAliveTime, stored.IAmAliveTime, TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds, .NET ticks
        Assert.Equal(entry.SiloAddress, stored.SiloAddress);

        var gateways = new AdoNetGatewayListProvider(
            NullLogger<AdoNetGatewayListProvider>.Instance, services,
            Options.Create(new AdoNetClusteringClientOptions { Invariant = "Npgsql", ConnectionString = database.ConnectionString }),
            Options.Create(new GatewayOptions()), cluster);
        await gateways.InitializeGatewayListProviderAsync(CancellationToken.None);
        Assert.Equal(entry.SiloAddress.Endpoint.Address.ToString(), Assert.Single(await gateways.GetGatewaysAsync(CancellationToken.None)).Host);

        stored.Status = SiloStatus.Dead;
        Assert.True(await table.UpdateRowAsync(stored, etag, read.Version.Next(), CancellationToken.None));
        Assert.False(await table.UpdateRowAsync(stored, etag, read.Version.Next(), CancellationToken.None));

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);
        Assert.Empty((await table.ReadAllAsync(CancellationToken.None)).Members);
    }

    private static MembershipEntry NewEntry(int generation = 1) => new()
    {
        SiloAddress = SiloAddress.New(IPAddress.Loopback, 11111, generation),
        SiloName = $"silo-{generation}",
        HostName = "host-a",
        Status = SiloStatus.Active,
        ProxyPort = 30000,
        StartTime = DateTime.UtcNow.AddMinutes(-5),
        IAmAliveTime = DateTime.UtcNow.AddMinutes(-5),
    };

    private static QueryParameter[] SiloKey(int generation) =>
        [Text("DeploymentId", Cluster), Ansi("Address", "127.0.0.1"), Int("Port", 11111), Int("Generation", generation)];

    private static Task<bool> InsertSiloAsync(ProviderQueries queries, int generation, int version, int status = Active, int proxyPort = 30000) =>
        queries.BooleanAsync("InsertMembershipKey",
        [
            .. SiloKey(generation), Text("SiloName", $"silo-{generation}"), Text("HostName", "host-a"),
            Int("Status", status), Int("ProxyPort", proxyPort), Time("StartTime", Started), Time("IAmAliveTime", Started),
            Int("Version", version),
        ]);

    private static Task<bool> UpdateSiloAsync(ProviderQueries queries, int generation, int status, string? suspectTimes, int version) =>
        queries.BooleanAsync("UpdateMembershipKey",
        [
            .. SiloKey(generation), Int("Status", status), Text("SuspectTimes", suspectTimes),
            Time("IAmAliveTime", Started.AddSeconds(5)), Int("Version", version),
        ]);

    private static async Task<int> TableVersionAsync(ProviderQueries queries) =>
        Convert.ToInt32((await queries.RowsAsync("MembershipReadAllKey", Text("DeploymentId", Cluster)))[0]["Version"]);
}
