using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;
using Platform.Grains.Procedure;

namespace Platform.Silo.Procedure;

/// <summary>
/// The <c>case_wakeups</c> table (migration 0021, issue 16). Writes from all cases queue up; the writer takes what is
/// queued (at most <see cref="MaxBatch"/>) and writes it in one transaction, an upsert and a removal, then completes
/// every caller's task: a mass end's thousands of cases arming their next deadline share their commits, as the
/// sittings' wake-ups (<see cref="Sittings.SittingWakeups"/>) do. An instant is stored rounded up to PostgreSQL's
/// microsecond, so a row is never due before the instant its case aimed at (a deadline passes one tick after its end).
/// </summary>
public sealed class CaseWakeups(NpgsqlDataSource dataSource, ILogger<CaseWakeups> logger) : BackgroundService, ICaseWakeups
{
    private const int MaxBatch = 2000;

    private const string Upsert = """
        insert into case_wakeups (case_id, kind, wake_at) select * from unnest($1::text[], $2::text[], $3::timestamptz[])
        on conflict (case_id, kind) do update set wake_at = excluded.wake_at
        """;

    private const string Remove = """
        delete from case_wakeups w using unnest($1::text[], $2::text[]) as gone (case_id, kind)
        where w.case_id = gone.case_id and w.kind = gone.kind
        """;

    private const string Kinds = "select kind from case_wakeups where case_id = $1 order by kind";

    private const string Due = """
        select case_id, kind from case_wakeups where wake_at <= $1 and (case_id, kind) > ($2, $3)
        order by case_id, kind limit $4
        """;

    private readonly Channel<PendingCaseWakeup> _queue = Channel.CreateUnbounded<PendingCaseWakeup>(new UnboundedChannelOptions { SingleReader = true });

    public Task SetAsync(string caseId, string kind, DateTimeOffset? wakeAt, CancellationToken cancellationToken = default)
    {
        var pending = new PendingCaseWakeup(caseId, kind, wakeAt is { } at ? RoundedUp(at) : null, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending)
            ? pending.Done.Task.WaitAsync(cancellationToken)
            : Task.FromException(new InvalidOperationException("The cases' wake-ups are stopped."));
    }

    public async Task<IReadOnlyList<string>> KindsAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Kinds);
        command.Parameters.Add(new NpgsqlParameter { Value = caseId, NpgsqlDbType = NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var kinds = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            kinds.Add(reader.GetString(0));
        }

        return kinds;
    }

    public async Task<IReadOnlyList<CaseWakeup>> DueAsync(DateTimeOffset dueBy, CaseWakeup? after, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Due);
        command.Parameters.Add(new NpgsqlParameter { Value = dueBy.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = after?.CaseId ?? "", NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = after?.Kind ?? "", NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = limit, NpgsqlDbType = NpgsqlDbType.Integer });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var due = new List<CaseWakeup>();
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(new CaseWakeup(reader.GetString(0), reader.GetString(1)));
        }

        return due;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Registered before Orleans, so stopped after it: what the last cases queued is written, then the writer ends.
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingCaseWakeup>();
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
                logger.LogWarning(failure, "{Count} cases' deadline wake-ups could not be written", batch.Count);
                batch.ForEach(p => p.Done.TrySetException(failure));
            }

            batch.Clear();
        }
    }

    /// <summary>The instant on PostgreSQL's microsecond grid, at or after <paramref name="at"/>.</summary>
    private static DateTimeOffset RoundedUp(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        var below = utc.Ticks % TimeSpan.TicksPerMicrosecond;
        return below == 0 ? utc : utc.AddTicks(TimeSpan.TicksPerMicrosecond - below);
    }

    /// <summary>One transaction; a row written twice in the batch keeps its last value.</summary>
    private async Task WriteAsync(List<PendingCaseWakeup> batch)
    {
        var last = new Dictionary<(string CaseId, string Kind), DateTimeOffset?>();
        foreach (var pending in batch)
        {
            last[(pending.CaseId, pending.Kind)] = pending.WakeAt;
        }

        var set = last.Where(p => p.Value is not null).ToArray();
        var removed = last.Where(p => p.Value is null).Select(p => p.Key).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var write = new NpgsqlBatch(connection);
        if (set.Length > 0)
        {
            var upsert = new NpgsqlBatchCommand(Upsert);
            upsert.Parameters.Add(new NpgsqlParameter { Value = set.Select(p => p.Key.CaseId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            upsert.Parameters.Add(new NpgsqlParameter { Value = set.Select(p => p.Key.Kind).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            upsert.Parameters.Add(new NpgsqlParameter { Value = set.Select(p => p.Value!.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
            write.BatchCommands.Add(upsert);
        }

        if (removed.Length > 0)
        {
            var remove = new NpgsqlBatchCommand(Remove);
            remove.Parameters.Add(new NpgsqlParameter { Value = removed.Select(k => k.CaseId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            remove.Parameters.Add(new NpgsqlParameter { Value = removed.Select(k => k.Kind).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            write.BatchCommands.Add(remove);
        }

        await write.ExecuteNonQueryAsync();
    }
}
