using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Platform.Frontend.Security.Audit;

/// <summary>
/// <see cref="IAuditLog"/> on the <c>audit_log</c> table (migrations 0005, 0006). The table refuses updates and
/// deletes by trigger, so what is written here stays.
/// </summary>
public sealed class PostgresAuditLog(NpgsqlDataSource database) : IAuditLog
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand(
            "insert into audit_log (actor, actor_roles, action, subject, origin, details) values ($1, $2, $3, $4, $5, $6)");
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Actor });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.ActorRoles ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = entry.Action });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.Subject ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)entry.Origin ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(entry.Details), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand();
        var sql = new StringBuilder("select id, at, actor, actor_roles, action, subject, origin, details::text from audit_log where true");
        Filter(command, sql, "subject =", query.Subject);
        Filter(command, sql, "actor =", query.Actor);
        Filter(command, sql, "action =", query.Action);
        Filter(command, sql, "at >=", query.From);
        Filter(command, sql, "at <", query.To);
        if (query.Case is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = query.Case });
            sql.Append($" and (subject = ${command.Parameters.Count} or details->>'caseId' = ${command.Parameters.Count})");
        }

        sql.Append($" order by id desc limit {query.PageSize + 1} offset {(long)(query.Page - 1) * query.PageSize}");
        command.CommandText = sql.ToString();

        var entries = new List<AuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(Read(reader));
        }

        var hasMore = entries.Count > query.PageSize;
        return new AuditPage(hasMore ? entries.GetRange(0, query.PageSize) : entries, query.Page, query.PageSize, hasMore);
    }

    private static void Filter<T>(NpgsqlCommand command, StringBuilder sql, string condition, T? value)
    {
        if (value is null)
        {
            return;
        }

        command.Parameters.Add(new NpgsqlParameter { Value = value });
        sql.Append($" and {condition} ${command.Parameters.Count}");
    }

    private static AuditRecord Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetFieldValue<DateTimeOffset>(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.IsDBNull(7) ? null : JsonDocument.Parse(reader.GetString(7)).RootElement.Clone());
}
