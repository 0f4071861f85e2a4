using Npgsql;
using NpgsqlTypes;
using Platform.Grains.Procedure;

namespace Platform.Silo.Procedure;

/// <summary>
/// The <c>case_wakeups</c> table (migration 0021, issue 16), written in batches (<see cref="WakeupRowWriter{TKey}"/>): a
/// mass end's thousands of cases arming their next deadline share their commits. An instant is stored rounded up to PostgreSQL's
/// microsecond, so a row is never due before the instant its case aimed at (a deadline passes one tick after its end).
/// </summary>
public sealed class CaseWakeups(NpgsqlDataSource dataSource, ILogger<CaseWakeups> logger)
    : WakeupRowWriter<(string CaseId, string Kind)>(dataSource, logger, "case_wakeups"), ICaseWakeups
{
    private const string UpsertRows = """
        insert into case_wakeups (case_id, kind, wake_at) select * from unnest($1::text[], $2::text[], $3::timestamptz[])
        on conflict (case_id, kind) do update set wake_at = excluded.wake_at
        """;

    private const string RemoveRows = """
        delete from case_wakeups w using unnest($1::text[], $2::text[]) as gone (case_id, kind)
        where w.case_id = gone.case_id and w.kind = gone.kind
        """;

    private const string Kinds = "select kind from case_wakeups where case_id = $1 order by kind";

    private const string Due = """
        select case_id, kind from case_wakeups where wake_at <= $1 and (case_id, kind) > ($2, $3)
        order by case_id, kind limit $4
        """;

    public Task SetAsync(string caseId, string kind, DateTimeOffset? wakeAt, CancellationToken cancellationToken = default) =>
        QueueAsync((caseId, kind), wakeAt is { } at ? RoundedUp(at) : null, cancellationToken);

    public async Task<IReadOnlyList<string>> KindsAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var command = DataSource.CreateCommand(Kinds);
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
        await using var command = DataSource.CreateCommand(Due);
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

    /// <summary>The instant on PostgreSQL's microsecond grid, at or after <paramref name="at"/>.</summary>
    private static DateTimeOffset RoundedUp(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        var below = utc.Ticks % TimeSpan.TicksPerMicrosecond;
        return below == 0 ? utc : utc.AddTicks(TimeSpan.TicksPerMicrosecond - below);
    }

    protected override NpgsqlBatchCommand Upsert(IReadOnlyList<KeyValuePair<(string CaseId, string Kind), DateTimeOffset>> rows) =>
        new(UpsertRows) { Parameters = { Texts(rows.Select(r => r.Key.CaseId)), Texts(rows.Select(r => r.Key.Kind)), Instants(rows.Select(r => r.Value)) } };

    protected override NpgsqlBatchCommand Remove(IReadOnlyList<(string CaseId, string Kind)> keys) =>
        new(RemoveRows) { Parameters = { Texts(keys.Select(k => k.CaseId)), Texts(keys.Select(k => k.Kind)) } };
}
