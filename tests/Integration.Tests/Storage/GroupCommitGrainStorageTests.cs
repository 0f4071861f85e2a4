using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Grains.Faults;
using Platform.Integration.Tests.Database;
using Platform.Integration.Tests.Infrastructure;
using Platform.Silo.Faults;
using Platform.Silo.Storage;

namespace Platform.Integration.Tests.Storage;

/// <summary>Issue 16: grain state with group commit (table <c>grain_state</c>, migration 0018) on a real PostgreSQL.</summary>
public sealed class GroupCommitGrainStorageTests
{
    private const string StateName = "exam-session";

    [Fact]
    public async Task ManyGrainsWritingAtOnceShareAFewTransactionsAndEachReadsBackItsOwnState()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var grains = Enumerable.Range(0, 200)
            .Select(i => (Id: Sitting(i), State: new GrainState<SittingRecord>(new SittingRecord { Candidates = i })))
            .ToArray();

        await using (var store = Store(database))
        {
            await Task.WhenAll(grains.Select(g => store.WriteStateAsync(StateName, g.Id, g.State)));

            Assert.All(grains, g => Assert.Equal(("1", true), (g.State.ETag, g.State.RecordExists)));
            Assert.InRange(store.Statistics.Batches, 1, 10);
        }

        // Each row names the transaction that wrote it.
        Assert.Equal(200L, await database.ScalarAsync<long>("select count(*) from grain_state"));
        Assert.InRange(await database.ScalarAsync<long>("select count(distinct xmin::text) from grain_state"), 1, 10);

        await using var again = Store(database);
        var read = grains.Select(g => (g.Id, Expected: g.State.State!.Candidates, Read: new GrainState<SittingRecord>())).ToArray();
        await Task.WhenAll(read.Select(r => again.ReadStateAsync(StateName, r.Id, r.Read)));

        Assert.All(read, r => Assert.Equal((r.Expected, "1", true), (r.Read.State!.Candidates, r.Read.ETag, r.Read.RecordExists)));
        Assert.InRange(again.Statistics.Batches, 1, 10);
        Assert.Equal(0, again.Statistics.FallbackReads);
    }

    [Fact]
    public async Task AStaleVersionFailsOnlyItsOwnWriteWhileTheBatchsOtherWritesCommit()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using var store = Store(database, linger: TimeSpan.FromMilliseconds(200));
        var grains = Enumerable.Range(0, 10)
            .Select(i => (Id: Sitting(i), State: new GrainState<SittingRecord>(new SittingRecord { Candidates = i })))
            .ToArray();
        await Task.WhenAll(grains.Select(g => store.WriteStateAsync(StateName, g.Id, g.State)));

        // Sitting 0 names a version never stored; sitting 1 is a second activation that never read (no version).
        grains[0].State.ETag = "7";
        grains[1].State.ETag = null;
        foreach (var grain in grains)
        {
            grain.State.State!.Candidates += 100;
        }

        var writes = grains.Select(g => store.WriteStateAsync(StateName, g.Id, g.State)).ToArray();

        await Assert.ThrowsAsync<InconsistentStateException>(() => writes[0]);
        await Assert.ThrowsAsync<InconsistentStateException>(() => writes[1]);
        await Task.WhenAll(writes.Skip(2));
        Assert.All(grains.Skip(2), g => Assert.Equal("2", g.State.ETag));
        Assert.Equal(2, store.Statistics.Conflicts);

        var rows = await RowsAsync(database);
        Assert.Equal((0, 1), (rows["exam-session/sitting-0000"].Candidates, rows["exam-session/sitting-0000"].Version));
        Assert.Equal((1, 1), (rows["exam-session/sitting-0001"].Candidates, rows["exam-session/sitting-0001"].Version));
        Assert.All(Enumerable.Range(2, 8), i => Assert.Equal((100 + i, 2), (rows[$"exam-session/sitting-{i:D4}"].Candidates, rows[$"exam-session/sitting-{i:D4}"].Version)));
        // The eight committed in one transaction, the one that refused the two.
        Assert.Single(Enumerable.Range(2, 8).Select(i => rows[$"exam-session/sitting-{i:D4}"].Transaction).Distinct());
    }

    [Fact]
    public async Task ADatabaseFaultFailsEveryCallerOfTheBatchWithThePlatformsUnavailable()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        // Nothing listens there: every connection is refused, a transient fault.
        await using var unreachable = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={FreePort.Next()};Username=nobody;Database=nothing;Timeout=5");
        await using var inner = Store(database, dataSource: unreachable, linger: TimeSpan.FromMilliseconds(200));
        var store = new FaultBoundaryGrainStorage(inner);

        var writes = Enumerable.Range(0, 20)
            .Select(i => store.WriteStateAsync(StateName, Sitting(i), new GrainState<SittingRecord>(new SittingRecord { Candidates = i })))
            .ToArray();
        var read = store.ReadStateAsync(StateName, Sitting(99), new GrainState<SittingRecord>());

        foreach (var operation in writes.Append(read))
        {
            await Assert.ThrowsAsync<PlatformUnavailableException>(() => operation);
        }

        Assert.Equal(0, inner.Statistics.Batches);
        Assert.InRange(inner.Statistics.FailedBatches, 1, 3);
    }

    [Fact]
    public async Task AStateWrittenByTheAdoNetStoreLoadsAndItsNextWriteLandsInTheNewTable()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        var old = await AdoNetStoreAsync(database);
        var caseId = GrainId.Create("case", "case-0001");
        var written = new GrainState<SittingRecord>(new SittingRecord { Candidates = 41 });
        await old.WriteStateAsync("case", caseId, written);
        await old.WriteStateAsync("case", caseId, written);

        await using (var store = Store(database, old))
        {
            var loaded = new GrainState<SittingRecord>();
            await store.ReadStateAsync("case", caseId, loaded);
            Assert.Equal((41, "2", true), (loaded.State!.Candidates, loaded.ETag, loaded.RecordExists));
            Assert.Equal(1, store.Statistics.FallbackReads);

            loaded.State!.Candidates = 42;
            await store.WriteStateAsync("case", caseId, loaded);
            Assert.Equal("3", loaded.ETag);
        }

        Assert.Equal(3, await database.ScalarAsync<int>("select version from grain_state where grain_id = 'case/case-0001' and state_name = 'case'"));
        Assert.Equal(2, await database.ScalarAsync<int>("select version from orleans_storage"));

        await using var again = Store(database, old);
        var reloaded = new GrainState<SittingRecord>();
        await again.ReadStateAsync("case", caseId, reloaded);
        Assert.Equal((42, "3", true), (reloaded.State!.Candidates, reloaded.ETag, reloaded.RecordExists));
        Assert.Equal(0, again.Statistics.FallbackReads);

        // An activation still holding the old store's version is refused.
        var stale = new GrainState<SittingRecord>(new SittingRecord { Candidates = 0 }) { ETag = "2", RecordExists = true };
        await Assert.ThrowsAsync<InconsistentStateException>(() => again.WriteStateAsync("case", caseId, stale));
    }

    [Fact]
    public async Task ClearingKeepsTheRowWithoutStateUnderANewVersion()
    {
        await using var database = await MigratedDatabase.CreateAsync();
        await using var store = Store(database);
        var state = new GrainState<SittingRecord>(new SittingRecord { Candidates = 5 });
        await store.WriteStateAsync(StateName, Sitting(1), state);

        await store.ClearStateAsync(StateName, Sitting(1), state);

        Assert.Equal((0, "2", false), (state.State!.Candidates, state.ETag, state.RecordExists));
        var read = new GrainState<SittingRecord>();
        await store.ReadStateAsync(StateName, Sitting(1), read);
        Assert.Equal((0, "2", false), (read.State!.Candidates, read.ETag, read.RecordExists));
        Assert.Equal(0, store.Statistics.FallbackReads);
        await store.WriteStateAsync(StateName, Sitting(1), read);
        Assert.Equal("3", read.ETag);
    }

    private static GrainId Sitting(int number) => GrainId.Create("exam-session", $"sitting-{number:D4}");

    private static GroupCommitGrainStorage Store(
        MigratedDatabase database, IGrainStorage? old = null, NpgsqlDataSource? dataSource = null, TimeSpan? linger = null) =>
        new("platform", old ?? new UnusedStore(), dataSource ?? database.DataSource, new JsonStorageSerializer(), new NewActivatorProvider(),
            "exam-service", new GroupCommitOptions { Linger = linger ?? TimeSpan.FromMilliseconds(20), Writers = 1, MaxBatch = 256 },
            NullLogger<GroupCommitGrainStorage>.Instance);

    private static async Task<AdoNetGrainStorage> AdoNetStoreAsync(MigratedDatabase database)
    {
        var options = new AdoNetGrainStorageOptions
        {
            Invariant = "Npgsql",
            ConnectionString = database.ConnectionString,
            GrainStorageSerializer = new JsonStorageSerializer(),
        };
        var storage = new AdoNetGrainStorage(
            new NewActivatorProvider(), NullLogger<AdoNetGrainStorage>.Instance, Options.Create(options),
            Options.Create(new ClusterOptions { ClusterId = "exam-cluster", ServiceId = "exam-service" }), "platform");
        var lifecycle = new StartOnlyLifecycle();
        storage.Participate(lifecycle);
        await lifecycle.StartAsync();
        return storage;
    }

    /// <summary>grain id → (candidates, version, the transaction that wrote the row).</summary>
    private static async Task<Dictionary<string, (int Candidates, int Version, string Transaction)>> RowsAsync(MigratedDatabase database)
    {
        await using var command = database.DataSource.CreateCommand(
            "select grain_id, convert_from(payload, 'UTF8')::jsonb ->> 'Candidates', version, xmin::text from grain_state");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<string, (int, int, string)>();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = (int.Parse(reader.GetString(1)), reader.GetInt32(2), reader.GetString(3));
        }

        return rows;
    }

    /// <summary>A store that fails the test if the group-commit store ever falls back to it.</summary>
    private sealed class UnusedStore : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            throw new InvalidOperationException("Nothing here was written by the old store.");

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            throw new InvalidOperationException("Writes never go to the old store.");

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
            throw new InvalidOperationException("Clears never go to the old store.");
    }
}
