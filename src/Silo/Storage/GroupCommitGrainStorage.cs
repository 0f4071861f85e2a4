using System.Globalization;
using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Platform.Silo.Faults;

namespace Platform.Silo.Storage;

/// <summary>
/// Grain state in <c>grain_state</c> (migration 0018) with group commit: the reads and writes of many grains queue
/// up; each writer takes what is queued (up to <see cref="GroupCommitOptions.MaxBatch"/>, waiting
/// <see cref="GroupCommitOptions.Linger"/> for more) and runs it as one round trip — one upsert for all the writes,
/// one select for all the reads — in one implicit transaction, then completes every caller's task. Each write names
/// the version its grain last saw: a stale one fails only its own caller (<see cref="InconsistentStateException"/>),
/// the others commit; a database fault fails every caller of the batch. A task completes only after the commit.
/// A state never written here is read from <paramref name="fallback"/> (the AdoNet store, table
/// <c>orleans_storage</c>); its next write lands here, one version above the one read there.
/// </summary>
public sealed partial class GroupCommitGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable
{
    private const string Upsert = """
        insert into grain_state as s (service_id, state_name, grain_id, payload, version)
        select $1, w.state_name, w.grain_id, w.payload, w.version
          from unnest($2::text[], $3::text[], $4::bytea[], $5::integer[]) as w(state_name, grain_id, payload, version)
        on conflict (grain_id, state_name, service_id) do update
           set payload = excluded.payload, version = excluded.version, modified_at = now()
         where s.version = excluded.version - 1
        returning s.state_name, s.grain_id, s.version
        """;

    private const string Select = """
        select s.state_name, s.grain_id, s.payload, s.version
          from unnest($2::text[], $3::text[]) as r(state_name, grain_id)
          join grain_state s on s.grain_id = r.grain_id and s.state_name = r.state_name and s.service_id = $1
        """;

    private readonly string _name;
    private readonly IGrainStorage _fallback;
    private readonly NpgsqlDataSource _dataSource;
    private readonly IGrainStorageSerializer _serializer;
    private readonly IActivatorProvider _activators;
    private readonly string _serviceId;
    private readonly GroupCommitOptions _options;
    private readonly ILogger _logger;
    private readonly Channel<PendingStateOperation> _queue = Channel.CreateUnbounded<PendingStateOperation>();
    private readonly Task _writers;
    private long _batches, _operations, _conflicts, _fallbackReads, _failedBatches;
    private int _largestBatch;

    public GroupCommitGrainStorage(
        string name, IGrainStorage fallback, NpgsqlDataSource dataSource, IGrainStorageSerializer serializer,
        IActivatorProvider activators, string serviceId, GroupCommitOptions options, ILogger<GroupCommitGrainStorage> logger)
    {
        (_name, _fallback, _dataSource, _serializer, _activators, _serviceId, _options, _logger) =
            (name, fallback, dataSource, serializer, activators, serviceId, options, logger);
        _writers = Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Writers)).Select(_ => Task.Run(WriteLoopAsync)));
    }

    /// <summary>What was done since the store was made.</summary>
    public GroupCommitStatistics Statistics =>
        new(Interlocked.Read(ref _batches), Interlocked.Read(ref _operations), Volatile.Read(ref _largestBatch),
            Interlocked.Read(ref _conflicts), Interlocked.Read(ref _fallbackReads), Interlocked.Read(ref _failedBatches));

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var stored = await EnqueueAsync(new PendingStateOperation(stateName, grainId.ToString(), isWrite: false, null, null));
        if (stored is not { } row)
        {
            Interlocked.Increment(ref _fallbackReads);
            await _fallback.ReadStateAsync(stateName, grainId, grainState);
            return;
        }

        grainState.State = row.Payload is { } payload ? _serializer.Deserialize<T>(new BinaryData(payload)) ?? Create<T>() : Create<T>();
        grainState.ETag = Format(row.Version);
        grainState.RecordExists = row.Payload is not null;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var payload = _serializer.Serialize(grainState.State).ToArray();
        var written = await EnqueueAsync(new PendingStateOperation(stateName, grainId.ToString(), isWrite: true, payload, Parse(grainState.ETag)))
            ?? throw Conflict("WriteState", stateName, grainId, grainState.ETag);
        grainState.ETag = Format(written.Version);
        grainState.RecordExists = true;
    }

    /// <summary>Keeps the row without a payload and with a new version, as the AdoNet store does without DeleteStateOnClear.</summary>
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (!grainState.RecordExists && string.IsNullOrWhiteSpace(grainState.ETag))
        {
            await ReadStateAsync(stateName, grainId, grainState);
            if (!grainState.RecordExists)
            {
                return;
            }
        }

        var cleared = await EnqueueAsync(new PendingStateOperation(stateName, grainId.ToString(), isWrite: true, null, Parse(grainState.ETag)))
            ?? throw Conflict("ClearState", stateName, grainId, grainState.ETag);
        grainState.ETag = Format(cleared.Version);
        grainState.RecordExists = false;
        grainState.State = Create<T>();
    }

    public void Participate(ISiloLifecycle lifecycle)
    {
        (_fallback as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
        // Stops after the grains have deactivated (their last writes are queued by then), as the AdoNet store does.
        lifecycle.Subscribe($"{nameof(GroupCommitGrainStorage)}-{_name}", ServiceLifecycleStage.ApplicationServices, _ => Task.CompletedTask, _ => DrainAsync());
    }

    public ValueTask DisposeAsync() => new(DrainAsync());

    /// <summary>Stops taking operations and lets the writers finish what is queued.</summary>
    private Task DrainAsync()
    {
        _queue.Writer.TryComplete();
        return _writers;
    }

    private Task<StoredState?> EnqueueAsync(PendingStateOperation operation) =>
        _queue.Writer.TryWrite(operation)
            ? operation.Done.Task
            : Task.FromException<StoredState?>(new InvalidOperationException($"The grain store '{_name}' is stopped."));

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<PendingStateOperation>();
            Drain(reader, batch);
            if (batch.Count < _options.MaxBatch && _options.Linger > TimeSpan.Zero)
            {
                await Task.Delay(_options.Linger);
                Drain(reader, batch);
            }

            if (batch.Count > 0)
            {
                await FlushAsync(batch);
            }
        }
    }

    private void Drain(ChannelReader<PendingStateOperation> reader, List<PendingStateOperation> batch)
    {
        while (batch.Count < _options.MaxBatch && reader.TryRead(out var operation))
        {
            batch.Add(operation);
        }
    }

    private async Task FlushAsync(List<PendingStateOperation> batch)
    {
        Dictionary<(string, string), StoredState> written, read;
        try
        {
            (written, read) = await ExecuteAsync(batch);
        }
        catch (Exception failure) when (batch.Count > 1 && !StorageFaults.IsFault(failure))
        {
            // A refused statement (two writes of one grain in a batch, say): each alone, so it fails only its caller.
            LogBatchRefused(_logger, batch.Count, StorageFaults.Describe(failure));
            foreach (var operation in batch)
            {
                await FlushAsync([operation]);
            }

            return;
        }
        catch (Exception failure)
        {
            // A fault: nothing of the batch is known to be on disk, so every caller learns of it.
            Interlocked.Increment(ref _failedBatches);
            batch.ForEach(operation => operation.Done.TrySetException(failure));
            return;
        }

        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _operations, batch.Count);
        InterlockedMax(ref _largestBatch, batch.Count);
        foreach (var operation in batch)
        {
            var key = (operation.StateName, operation.GrainId);
            if (operation.IsWrite)
            {
                var ok = written.TryGetValue(key, out var row);
                if (!ok)
                {
                    Interlocked.Increment(ref _conflicts);
                }

                operation.Done.TrySetResult(ok ? row : null);
            }
            else
            {
                operation.Done.TrySetResult(read.TryGetValue(key, out var row) ? row : null);
            }
        }
    }

    /// <summary>One round trip: the upsert of every write, then the select of every read, in one implicit transaction.</summary>
    private async Task<(Dictionary<(string, string), StoredState> Written, Dictionary<(string, string), StoredState> Read)> ExecuteAsync(
        List<PendingStateOperation> batch)
    {
        // In key order, so that two batches in flight lock the rows they share in the same order.
        var writes = batch.Where(o => o.IsWrite).OrderBy(o => o.GrainId, StringComparer.Ordinal).ThenBy(o => o.StateName, StringComparer.Ordinal).ToList();
        var reads = batch.Where(o => !o.IsWrite).ToList();
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var command = connection.CreateBatch();
        if (writes.Count > 0)
        {
            command.BatchCommands.Add(Command(Upsert,
                Parameter(_serviceId, NpgsqlDbType.Text),
                Parameter(writes.Select(o => o.StateName).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                Parameter(writes.Select(o => o.GrainId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                Parameter(writes.Select(o => o.Payload).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bytea),
                Parameter(writes.Select(o => (o.ExpectedVersion ?? 0) + 1).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer)));
        }

        if (reads.Count > 0)
        {
            command.BatchCommands.Add(Command(Select,
                Parameter(_serviceId, NpgsqlDbType.Text),
                Parameter(reads.Select(o => o.StateName).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
                Parameter(reads.Select(o => o.GrainId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)));
        }

        var written = new Dictionary<(string, string), StoredState>();
        var read = new Dictionary<(string, string), StoredState>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            if (writes.Count > 0)
            {
                while (await reader.ReadAsync())
                {
                    written[(reader.GetString(0), reader.GetString(1))] = new StoredState(null, reader.GetInt32(2));
                }

                await reader.NextResultAsync();
            }

            if (reads.Count > 0)
            {
                while (await reader.ReadAsync())
                {
                    var payload = reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2);
                    read[(reader.GetString(0), reader.GetString(1))] = new StoredState(payload, reader.GetInt32(3));
                }
            }

            // The transaction commits when the server reaches the batch's end: read to it before anyone is told.
            while (await reader.NextResultAsync())
            {
            }
        }

        return (written, read);
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter Parameter(object value, NpgsqlDbType type) => new() { Value = value, NpgsqlDbType = type };

    private T Create<T>() => _activators.GetActivator<T>().Create();

    private static int? Parse(string? etag) =>
        string.IsNullOrWhiteSpace(etag) ? null : int.Parse(etag, CultureInfo.InvariantCulture);

    private static string Format(int version) => version.ToString(CultureInfo.InvariantCulture);

    private InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, string? etag) =>
        new($"Version conflict ({operation}): ServiceId={_serviceId} ProviderName={_name} GrainType={stateName} GrainId={grainId} ETag={etag}.");

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Operations} grain-state operations was refused ({Failure}); running them one by one")]
    private static partial void LogBatchRefused(ILogger logger, int operations, string failure);
}
