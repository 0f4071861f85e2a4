using System.Text.Json;
using Npgsql;
using Platform.Grains.Certificates;

namespace Platform.Silo.Nsk;

/// <summary>
/// The NSK outbox in PostgreSQL (<c>nsk_outbox</c>, migration 0007): one row per idempotency key (the serial number, and
/// the serial with "/revoked" for its revocation). Enqueuing inserts or does
/// nothing; the dispatcher claims due rows with <c>FOR UPDATE SKIP LOCKED</c> and a lease, so two silos never send the
/// same entry at once, and records each outcome. Times come from the injected clock.
/// </summary>
public sealed class PostgresNskOutbox(NpgsqlDataSource database, TimeProvider clock, NskOutboxSignal signal) : INskOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The clock's instant in UTC, as Npgsql writes timestamptz.</summary>
    private DateTimeOffset Now => clock.GetUtcNow().ToUniversalTime();

    public async Task EnqueueAsync(NskResult result, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand("""
            insert into nsk_outbox (idempotency_key, payload, next_attempt_at, created_at)
            values ($1, $2::jsonb, $3, $3)
            on conflict (idempotency_key) do nothing
            """);
        command.Parameters.Add(new() { Value = result.IdempotencyKey });
        command.Parameters.Add(new() { Value = JsonSerializer.Serialize(result, Json) });
        command.Parameters.Add(new() { Value = Now });
        await command.ExecuteNonQueryAsync(cancellationToken);
        signal.Raise();
    }

    /// <summary>Claims up to <paramref name="batch"/> due entries for <paramref name="lease"/>, counting the attempt.</summary>
    public async Task<IReadOnlyList<NskOutboxEntry>> ClaimDueAsync(int batch, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var command = database.CreateCommand("""
            with due as (
                select id from nsk_outbox
                where delivered_at is null and next_attempt_at <= $1
                order by next_attempt_at, id
                limit $2
                for update skip locked)
            update nsk_outbox o
            set attempts = o.attempts + 1, next_attempt_at = $3
            from due
            where o.id = due.id
            returning o.id, o.idempotency_key, o.payload::text, o.attempts
            """);
        command.Parameters.Add(new() { Value = now });
        command.Parameters.Add(new() { Value = batch });
        command.Parameters.Add(new() { Value = now + lease });
        var claimed = new List<NskOutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new NskOutboxEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
        }

        return claimed;
    }

    public Task MarkDeliveredAsync(long id, CancellationToken cancellationToken) => ExecuteAsync(
        "update nsk_outbox set delivered_at = $2, last_error = null where id = $1", cancellationToken, id, Now);

    /// <summary>Keeps the entry with its error, due again after <paramref name="retryAfter"/>.</summary>
    public Task MarkFailedAsync(long id, string error, TimeSpan retryAfter, CancellationToken cancellationToken) => ExecuteAsync(
        "update nsk_outbox set last_error = $2, next_attempt_at = $3 where id = $1 and delivered_at is null",
        cancellationToken, id, error, Now + retryAfter);

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new() { Value = value });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
