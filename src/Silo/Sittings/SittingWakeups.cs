using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;
using Platform.Grains.Sittings;

namespace Platform.Silo.Sittings;

/// <summary>
/// The <c>sitting_wakeups</c> table (migration 0019). Writes from all sittings queue up; the writer takes what is queued
/// (at most <see cref="MaxBatch"/>) and writes it in one transaction, an upsert and a removal, then completes every
/// caller's task: a burst of thousands of openings shares its commits, as the event log's appends do.
/// </summary>
public sealed class SittingWakeups(NpgsqlDataSource dataSource, ILogger<SittingWakeups> logger) : BackgroundService, ISittingWakeups
{
    private const int MaxBatch = 2000;

    private const string Upsert = """
        insert into sitting_wakeups (sitting_id, wake_at) select * from unnest($1::text[], $2::timestamptz[])
        on conflict (sitting_id) do update set wake_at = excluded.wake_at
        """;

    private const string Remove = "delete from sitting_wakeups where sitting_id = any($1)";

    private const string Due = """
        select sitting_id from sitting_wakeups where wake_at <= $1 and sitting_id > $2 order by sitting_id limit $3
        """;

    private readonly Channel<PendingWakeup> _queue = Channel.CreateUnbounded<PendingWakeup>(new UnboundedChannelOptions { SingleReader = true });

    public Task SetAsync(string sittingId, DateTimeOffset? wakeAt, CancellationToken cancellationToken = default)
    {
        var pending = new PendingWakeup(sittingId, wakeAt?.ToUniversalTime(), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending)
            ? pending.Done.Task.WaitAsync(cancellationToken)
            : Task.FromException(new InvalidOperationException("The sittings' wake-ups are stopped."));
    }

    public async Task<IReadOnlyList<string>> DueAsync(DateTimeOffset dueBy, string? after, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Due);
        command.Parameters.Add(new NpgsqlParameter { Value = dueBy.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = after ?? "", NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = limit, NpgsqlDbType = NpgsqlDbType.Integer });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var due = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(reader.GetString(0));
        }

        return due;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Registered before Orleans, so stopped after it: what the last sittings queued is written, then the writer ends.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingWakeup>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await WriteAsync(batch);
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception failure) when (failure is not OutOfMemoryException)
            {
                logger.LogWarning(failure, "{Count} sittings' wake-ups could not be written", batch.Count);
                batch.ForEach(p => p.Done.TrySetException(failure));
            }

            batch.Clear();
        }
    }

    /// <summary>One transaction; a sitting written twice in the batch keeps its last value.</summary>
    private async Task WriteAsync(List<PendingWakeup> batch)
    {
        var last = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var pending in batch)
        {
            last[pending.SittingId] = pending.WakeAt;
        }

        var set = last.Where(p => p.Value is not null).ToArray();
        var removed = last.Where(p => p.Value is null).Select(p => p.Key).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var write = new NpgsqlBatch(connection);
        if (set.Length > 0)
        {
            var upsert = new NpgsqlBatchCommand(Upsert);
            upsert.Parameters.Add(new NpgsqlParameter { Value = set.Select(p => p.Key).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            upsert.Parameters.Add(new NpgsqlParameter { Value = set.Select(p => p.Value!.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
            write.BatchCommands.Add(upsert);
        }

        if (removed.Length > 0)
        {
            var remove = new NpgsqlBatchCommand(Remove);
            remove.Parameters.Add(new NpgsqlParameter { Value = removed, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            write.BatchCommands.Add(remove);
        }

        await write.ExecuteNonQueryAsync();
    }
}
