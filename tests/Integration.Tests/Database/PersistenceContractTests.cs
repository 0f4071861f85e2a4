using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;
using static Platform.Integration.Tests.Database.QueryParameter;

namespace Platform.Integration.Tests.Database;

/// <summary>The grain-state SQL of migration 0003, driven as Orleans.Persistence.AdoNet drives it.</summary>
public sealed class PersistenceContractTests
{
    [Fact]
    public async Task AWriteSucceedsOnlyWithTheVersionLastRead()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        var grain = GrainKey(extension: "candidate-17");

        Assert.Empty(await queries.RowsAsync("ReadFromStorageKey", grain));
        Assert.Equal(1, await WriteAsync(queries, grain, version: null, "first"));
        Assert.Null(await WriteAsync(queries, grain, version: null, "a second activation"));
        Assert.Equal(2, await WriteAsync(queries, grain, version: 1, "second"));
        Assert.Null(await WriteAsync(queries, grain, version: 1, "stale"));

        var row = Assert.Single(await queries.RowsAsync("ReadFromStorageKey", grain));
        Assert.Equal("second", Encoding.UTF8.GetString((byte[])row["PayloadBinary"]!));
        Assert.Equal(2, Convert.ToInt32(row["Version"]));
    }

    [Fact]
    public async Task ClearingKeepsTheRowWithoutStateAndANewVersion()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        var grain = GrainKey(extension: "candidate-18");
        await WriteAsync(queries, grain, version: null, "state");

        Assert.Null(await queries.SingleValueAsync("ClearStorageKey", [.. grain, Int("GrainStateVersion", 7)]));
        Assert.Equal(2, await queries.SingleValueAsync("ClearStorageKey", [.. grain, Int("GrainStateVersion", 1)]));

        var row = Assert.Single(await queries.RowsAsync("ReadFromStorageKey", grain));
        Assert.Null(row["PayloadBinary"]);
        Assert.Equal(2, Convert.ToInt32(row["Version"]));
        Assert.Equal(3, await WriteAsync(queries, grain, version: 2, "after clear"));
    }

    [Fact]
    public async Task DeletingRemovesTheRowAndAnswersTheNextVersion()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        var grain = GrainKey(extension: "candidate-19");
        await WriteAsync(queries, grain, version: null, "state");

        Assert.Null(await queries.SingleValueAsync("DeleteStorageKey", [.. grain, Int("GrainStateVersion", 5)]));
        Assert.Equal(2, await queries.SingleValueAsync("DeleteStorageKey", [.. grain, Int("GrainStateVersion", 1)]));

        Assert.Empty(await queries.RowsAsync("ReadFromStorageKey", grain));
        Assert.Equal(1, await WriteAsync(queries, grain, version: null, "reborn"));
    }

    [Fact]
    public async Task OfActivationsRacingToWriteFirstExactlyOneWins()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        var grain = GrainKey(extension: "candidate-20");

        var versions = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => WriteAsync(queries, grain, version: null, $"activation {i}"))));

        Assert.Equal([1], versions.Where(version => version is not null));
        Assert.Equal(1L, await database.ScalarAsync<long>("select count(*) from orleans_storage"));
    }

    [Fact]
    public async Task GrainsDifferingOnlyInKeyPartsOrTypeKeepSeparateStates()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var queries = await database.QueriesAsync();
        QueryParameter[][] grains =
        [
            GrainKey(extension: null),
            GrainKey(extension: "x"),
            GrainKey(extension: null, n1: 2),
            GrainKey(extension: null, type: "Platform.Grains.CommissionGrain,Platform.Grains"),
        ];

        foreach (var grain in grains)
        {
            Assert.Equal(1, await WriteAsync(queries, grain, version: null, "own"));
        }

        Assert.Equal(grains.Length, await database.ScalarAsync<long>("select count(*) from orleans_storage"));
    }

    [Fact]
    public async Task TheOrleansGrainStorageRoundTripsAndRejectsAStaleActivation()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var storage = await StartStorageAsync(database);
        var grainId = GrainId.Create("examsession", "session-2026-05-a");

        var first = new GrainState<SittingRecord>(new SittingRecord { Candidates = 3 });
        var second = new GrainState<SittingRecord>();
        await storage.ReadStateAsync("Platform.Grains.ExamSessionGrain", grainId, second);
        await storage.WriteStateAsync("Platform.Grains.ExamSessionGrain", grainId, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("Platform.Grains.ExamSessionGrain", grainId, second));

        var reread = new GrainState<SittingRecord>();
        await storage.ReadStateAsync("Platform.Grains.ExamSessionGrain", grainId, reread);
        Assert.Equal((3, "1", true), (reread.State!.Candidates, reread.ETag, reread.RecordExists));

        await storage.ClearStateAsync("Platform.Grains.ExamSessionGrain", grainId, reread);
        await storage.ReadStateAsync("Platform.Grains.ExamSessionGrain", grainId, reread);
        Assert.Equal((0, "2", false), (reread.State!.Candidates, reread.ETag, reread.RecordExists));
    }

    [Fact]
    public async Task TheOrleansGrainStorageDeletesOnClearWhenAskedTo()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var storage = await StartStorageAsync(database, deleteStateOnClear: true);
        var grainId = GrainId.Create("examsession", "session-2026-05-b");
        var state = new GrainState<SittingRecord>(new SittingRecord { Candidates = 5 });
        await storage.WriteStateAsync("Platform.Grains.ExamSessionGrain", grainId, state);

        await storage.ClearStateAsync("Platform.Grains.ExamSessionGrain", grainId, state);

        Assert.Equal((null, false), (state.ETag, state.RecordExists));
        Assert.Equal(0L, await database.ScalarAsync<long>("select count(*) from orleans_storage"));
        await storage.WriteStateAsync("Platform.Grains.ExamSessionGrain", grainId, state);
        Assert.Equal("1", state.ETag);
    }

    private static async Task<AdoNetGrainStorage> StartStorageAsync(MigratedDatabase database, bool deleteStateOnClear = false)
    {
        var options = new AdoNetGrainStorageOptions
        {
            Invariant = "Npgsql",
            ConnectionString = database.ConnectionString,
            GrainStorageSerializer = new JsonStorageSerializer(),
            DeleteStateOnClear = deleteStateOnClear,
        };
        var storage = new AdoNetGrainStorage(
            new NewActivatorProvider(), NullLogger<AdoNetGrainStorage>.Instance, Options.Create(options),
            Options.Create(new ClusterOptions { ClusterId = "exam-cluster", ServiceId = "exam-service" }), "platform");
        var lifecycle = new StartOnlyLifecycle();
        storage.Participate(lifecycle);
        await lifecycle.StartAsync();
        return storage;
    }

    private static QueryParameter[] GrainKey(string? extension, long n1 = 1, string type = "Platform.Grains.ExamSessionGrain,Platform.Grains") =>
    [
        Int("GrainIdHash", -12345), Long("GrainIdN0", 0), Long("GrainIdN1", n1), Int("GrainTypeHash", 987654),
        Text("GrainTypeString", type), Text("GrainIdExtensionString", extension), Text("ServiceId", "exam-service"),
    ];

    private static async Task<int?> WriteAsync(ProviderQueries queries, QueryParameter[] grain, int? version, string payload)
    {
        var row = Assert.Single(await queries.RowsAsync("WriteToStorageKey",
            [.. grain, Int("GrainStateVersion", version), Bytes("PayloadBinary", Encoding.UTF8.GetBytes(payload))]));
        return row["NewGrainStateVersion"] is { } value ? Convert.ToInt32(value) : null;
    }
}
