using Npgsql;
using NpgsqlTypes;
using Platform.Grains.Sittings;

namespace Platform.Silo.Sittings;

/// <summary>
/// The <c>sitting_wakeups</c> table (migration 0019), written in batches (<see cref="WakeupRowWriter{TKey}"/>): a burst
/// of thousands of openings shares its commits.
/// </summary>
public sealed class SittingWakeups(NpgsqlDataSource dataSource, ILogger<SittingWakeups> logger)
    : WakeupRowWriter<string>(dataSource, logger, "sitting_wakeups"), ISittingWakeups
{
    private const string UpsertRows = """
        insert into sitting_wakeups (sitting_id, wake_at) select * from unnest($1::text[], $2::timestamptz[])
        on conflict (sitting_id) do update set wake_at = excluded.wake_at
        """;

    private const string RemoveRows = "delete from sitting_wakeups where sitting_id = any($1)";

    private const string Due = """
        select sitting_id from sitting_wakeups where wake_at <= $1 and sitting_id > $2 order by sitting_id limit $3
        """;

    public Task SetAsync(string sittingId, DateTimeOffset? wakeAt, CancellationToken cancellationToken = default) =>
        QueueAsync(sittingId, wakeAt?.ToUniversalTime(), cancellationToken);

    public async Task<IReadOnlyList<string>> DueAsync(DateTimeOffset dueBy, string? after, int limit, CancellationToken cancellationToken = default)
    {
        await using var command = DataSource.CreateCommand(Due);
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

    protected override NpgsqlBatchCommand Upsert(IReadOnlyList<KeyValuePair<string, DateTimeOffset>> rows) =>
        new(UpsertRows) { Parameters = { Texts(rows.Select(r => r.Key)), Instants(rows.Select(r => r.Value)) } };

    protected override NpgsqlBatchCommand Remove(IReadOnlyList<string> keys) => new(RemoveRows) { Parameters = { Texts(keys) } };
}
