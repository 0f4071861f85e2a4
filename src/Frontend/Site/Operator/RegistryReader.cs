using Npgsql;

namespace Platform.Frontend.Site.Operator;

/// <summary>
/// The NSK outbox (P18.2) for the operator's registry page, read with SQL: how many results wait, fail, were delivered
/// and delivered after a retry; then the undelivered ones, failing first, 50 a page. A row shows its certificate serial
/// (the idempotency key), never its payload (the holder's name travels in it).
/// </summary>
public sealed class RegistryReader(NpgsqlDataSource data)
{
    public const int PageSize = 50;

    public async Task<RegistryPage> ReadAsync(int page, CancellationToken cancellationToken)
    {
        page = Math.Max(page, 1);
        await using var batch = data.CreateBatch();
        batch.BatchCommands.Add(new("""
            select count(*) filter (where delivered_at is null and last_error is null)::int,
                   count(*) filter (where delivered_at is null and last_error is not null)::int,
                   count(*) filter (where delivered_at is not null)::int,
                   count(*) filter (where delivered_at is not null and attempts > 1)::int
            from nsk_outbox
            """));
        batch.BatchCommands.Add(new($"""
            select idempotency_key, payload->>'caseReference', created_at, attempts, next_attempt_at, last_error, payload->>'result'
            from nsk_outbox where delivered_at is null
            order by (last_error is null), created_at, id limit {PageSize} offset {(page - 1) * PageSize}
            """));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var counts = (Pending: reader.GetInt32(0), Failing: reader.GetInt32(1), Delivered: reader.GetInt32(2), Retried: reader.GetInt32(3));
        await reader.NextResultAsync(cancellationToken);
        var rows = new List<RegistryRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RegistryRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetInt32(3), reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? "recognised" : reader.GetString(6)));
        }

        return new RegistryPage(counts.Pending, counts.Failing, counts.Delivered, counts.Retried, rows, page);
    }
}

/// <summary>The outbox's counts and one page of its undelivered rows.</summary>
public sealed record RegistryPage(int Pending, int Failing, int Delivered, int Retried, IReadOnlyList<RegistryRow> Rows, int Page);

/// <summary>An undelivered result: its serial, case, when it was queued, the attempts made, the next one, the last error, what it tells (recognised or revoked).</summary>
public sealed record RegistryRow(string Serial, string? CaseId, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, string Result);
