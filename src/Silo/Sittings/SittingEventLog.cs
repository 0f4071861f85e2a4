using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Platform.Grains.Sittings;

namespace Platform.Silo.Sittings;

/// <summary>
/// The silo-wide writer of sittings' event logs (table <c>sitting_events</c>). Appends from all sittings queue up;
/// each writer takes what is queued (up to <see cref="SittingEventLogOptions.MaxBatchRecords"/>, waiting
/// <see cref="SittingEventLogOptions.Linger"/> for more) and writes it with one binary COPY, a single statement and
/// so a single commit, then completes every caller's task. Thousands of sittings streaming at once thus share commits.
/// A batch that fails (a duplicate sequence of one sitting, say) is written again one append at a time, so one
/// sitting's conflict fails only that sitting.
/// </summary>
public sealed partial class SittingEventLog(NpgsqlDataSource dataSource, IOptions<SittingEventLogOptions> options, ILogger<SittingEventLog> logger)
    : BackgroundService, ISittingEventLog
{
    private const string Copy = "copy sitting_events (sitting_id, seq, at, kind, payload, prev_hash, hash) from stdin (format binary)";

    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>();
    private readonly SittingEventLogOptions _options = options.Value;
    private long _batches, _records, _appends, _fallbacks;
    private int _largestBatch;

    /// <summary>What was written since the silo started.</summary>
    public SittingEventLogStatistics Statistics =>
        new(Interlocked.Read(ref _batches), Interlocked.Read(ref _records), Interlocked.Read(ref _appends), Volatile.Read(ref _largestBatch), Interlocked.Read(ref _fallbacks));

    public Task AppendAsync(IReadOnlyList<SittingLogRecord> records, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0)
        {
            return Task.CompletedTask;
        }

        var pending = new PendingAppend(records, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending)
            ? pending.Done.Task.WaitAsync(cancellationToken)
            : Task.FromException(new InvalidOperationException("The sittings' event log is stopped."));
    }

    public async Task<IReadOnlyList<SittingLogRecord>> ReadAsync(string sittingId, long afterSequence, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "select seq, at, kind, payload, prev_hash, hash from sitting_events where sitting_id = $1 and seq > $2 order by seq");
        command.Parameters.Add(new NpgsqlParameter { Value = sittingId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = afterSequence, NpgsqlDbType = NpgsqlDbType.Bigint });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<SittingLogRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new SittingLogRecord(
                sittingId, reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2), reader.GetString(3),
                Convert.ToHexStringLower(reader.GetFieldValue<byte[]>(4)), Convert.ToHexStringLower(reader.GetFieldValue<byte[]>(5))));
        }

        return records;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, _options.Writers)).Select(_ => Task.Run(WriteLoopAsync, CancellationToken.None)));

    /// <summary>Stops taking appends and lets the writers finish what is queued.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task WriteLoopAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<PendingAppend>();
            var count = Drain(reader, batch, 0);
            if (count < _options.MaxBatchRecords && _options.Linger > TimeSpan.Zero)
            {
                await Task.Delay(_options.Linger);
                count = Drain(reader, batch, count);
            }

            if (batch.Count > 0)
            {
                await FlushAsync(batch, count);
            }
        }
    }

    private int Drain(ChannelReader<PendingAppend> reader, List<PendingAppend> batch, int count)
    {
        while (count < _options.MaxBatchRecords && reader.TryRead(out var pending))
        {
            batch.Add(pending);
            count += pending.Records.Count;
        }

        return count;
    }

    private async Task FlushAsync(List<PendingAppend> batch, int count)
    {
        try
        {
            await WriteAsync(batch.SelectMany(p => p.Records));
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _records, count);
            Interlocked.Add(ref _appends, batch.Count);
            InterlockedMax(ref _largestBatch, count);
            batch.ForEach(p => p.Done.TrySetResult());
        }
        catch (Exception failure) when (batch.Count > 1)
        {
            LogBatchFailed(logger, batch.Count, failure);
            Interlocked.Increment(ref _fallbacks);
            foreach (var pending in batch)
            {
                await FlushAsync([pending], pending.Records.Count);
            }
        }
        catch (Exception failure)
        {
            batch[0].Done.TrySetException(failure);
        }
    }

    private async Task WriteAsync(IEnumerable<SittingLogRecord> records)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var import = await connection.BeginBinaryImportAsync(Copy);
        foreach (var record in records)
        {
            await import.StartRowAsync();
            await import.WriteAsync(record.SittingId, NpgsqlDbType.Text);
            await import.WriteAsync(record.Sequence, NpgsqlDbType.Bigint);
            await import.WriteAsync(record.At.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await import.WriteAsync(record.Kind, NpgsqlDbType.Text);
            await import.WriteAsync(record.Payload, NpgsqlDbType.Text);
            await import.WriteAsync(Convert.FromHexString(record.PreviousHash), NpgsqlDbType.Bytea);
            await import.WriteAsync(Convert.FromHexString(record.Hash), NpgsqlDbType.Bytea);
        }

        await import.CompleteAsync();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Appends} event-log appends failed; writing them one by one")]
    private static partial void LogBatchFailed(ILogger logger, int appends, Exception exception);
}
