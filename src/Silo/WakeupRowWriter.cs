using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace Platform.Silo;

/// <summary>
/// What the wake-up tables share (issue 16). Writes from all grains queue up; the writer takes what is queued (at most
/// <see cref="MaxBatch"/>), keeps each row's last value, and writes them in one transaction, an upsert of the instants
/// and a removal of the rows given none, then completes every caller's task: a burst of thousands of sittings or cases
/// arming their next instant shares its commits, as the event log's appends do.
/// </summary>
/// <typeparam name="TKey">A row's key in its table.</typeparam>
public abstract class WakeupRowWriter<TKey>(NpgsqlDataSource dataSource, ILogger logger, string table) : BackgroundService
    where TKey : notnull
{
    private const int MaxBatch = 2000;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>The platform's database, for the table's reads.</summary>
    protected NpgsqlDataSource DataSource => dataSource;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Registered before Orleans, so stopped after it: what the last grains queued is written, then the writer ends.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    /// <summary>A text[] parameter.</summary>
    protected static NpgsqlParameter Texts(IEnumerable<string> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    /// <summary>A timestamptz[] parameter.</summary>
    protected static NpgsqlParameter Instants(IEnumerable<DateTimeOffset> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz };

    /// <summary>Queues the row's instant (null: the row goes); the task completes when it is written.</summary>
    protected Task QueueAsync(TKey key, DateTimeOffset? wakeAt, CancellationToken cancellationToken)
    {
        var pending = new Pending(key, wakeAt, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending)
            ? pending.Done.Task.WaitAsync(cancellationToken)
            : Task.FromException(new InvalidOperationException($"The writer of {table} is stopped."));
    }

    /// <summary>The statement that sets these rows' instants.</summary>
    protected abstract NpgsqlBatchCommand Upsert(IReadOnlyList<KeyValuePair<TKey, DateTimeOffset>> rows);

    /// <summary>The statement that removes these rows.</summary>
    protected abstract NpgsqlBatchCommand Remove(IReadOnlyList<TKey> keys);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>();
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
                logger.LogWarning(failure, "{Count} rows of {Table} could not be written", batch.Count, table);
                batch.ForEach(p => p.Done.TrySetException(failure));
            }

            batch.Clear();
        }
    }

    /// <summary>One transaction; a row written twice in the batch keeps its last value.</summary>
    private async Task WriteAsync(List<Pending> batch)
    {
        var last = new Dictionary<TKey, DateTimeOffset?>();
        foreach (var pending in batch)
        {
            last[pending.Key] = pending.WakeAt;
        }

        var set = last.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value!.Value)).ToList();
        var removed = last.Where(p => p.Value is null).Select(p => p.Key).ToList();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var write = new NpgsqlBatch(connection);
        if (set.Count > 0)
        {
            write.BatchCommands.Add(Upsert(set));
        }

        if (removed.Count > 0)
        {
            write.BatchCommands.Add(Remove(removed));
        }

        await write.ExecuteNonQueryAsync();
    }

    private sealed record Pending(TKey Key, DateTimeOffset? WakeAt, TaskCompletionSource Done);
}
