using Npgsql;
using Orleans.Serialization;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;

namespace Platform.Silo.Mail;

/// <summary>
/// The mail outbox in PostgreSQL (<c>mail_outbox</c>, migration 0013): one row per document id. Enqueuing inserts or does
/// nothing; the dispatcher claims due rows with <c>FOR UPDATE SKIP LOCKED</c> and a lease, so two silos never send the
/// same notice at once, and records each outcome. The document is kept in Orleans' binary form. Times come from the
/// injected clock.
/// </summary>
public sealed class PostgresMailOutbox(NpgsqlDataSource database, Serializer<IssuedDocument> serializer, TimeProvider clock, MailOutboxSignal signal)
    : INoticeMailOutbox
{
    /// <summary>The clock's instant in UTC, as Npgsql writes timestamptz.</summary>
    private DateTimeOffset Now => clock.GetUtcNow().ToUniversalTime();

    public async Task EnqueueAsync(NoticeMail mail, CancellationToken cancellationToken = default)
    {
        var header = mail.Document.Header;
        await using var command = database.CreateCommand("""
            insert into mail_outbox (document_id, candidate_key, case_id, kind, language, recipient, document, next_attempt_at, created_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $8)
            on conflict (document_id) do nothing
            """);
        command.Parameters.Add(new() { Value = header.DocumentId });
        command.Parameters.Add(new() { Value = mail.CandidateKey });
        command.Parameters.Add(new() { Value = header.CaseReference });
        command.Parameters.Add(new() { Value = header.Kind.ToString() });
        command.Parameters.Add(new() { Value = Code(mail.Language) });
        command.Parameters.Add(new() { Value = mail.Recipient });
        command.Parameters.Add(new() { Value = serializer.SerializeToArray(mail.Document) });
        command.Parameters.Add(new() { Value = Now });
        await command.ExecuteNonQueryAsync(cancellationToken);
        signal.Raise();
    }

    /// <summary>Claims up to <paramref name="batch"/> due entries for <paramref name="lease"/>, counting the attempt.</summary>
    public async Task<IReadOnlyList<MailOutboxEntry>> ClaimDueAsync(int batch, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Now;
        await using var command = database.CreateCommand("""
            with due as (
                select id from mail_outbox
                where state = 'pending' and next_attempt_at <= $1
                order by next_attempt_at, id
                limit $2
                for update skip locked)
            update mail_outbox o
            set attempts = o.attempts + 1, next_attempt_at = $3
            from due
            where o.id = due.id
            returning o.id, o.recipient, o.language, o.document, o.attempts
            """);
        command.Parameters.Add(new() { Value = now });
        command.Parameters.Add(new() { Value = batch });
        command.Parameters.Add(new() { Value = now + lease });
        var claimed = new List<MailOutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var language = reader.GetString(2) == "kk" ? DocumentLanguage.Kk : DocumentLanguage.Ru;
            claimed.Add(new MailOutboxEntry(reader.GetInt64(0), reader.GetString(1), language, reader.GetFieldValue<byte[]>(3), reader.GetInt32(4)));
        }

        return claimed;
    }

    /// <summary>The entry's document, read back from its binary form.</summary>
    public IssuedDocument Read(MailOutboxEntry entry) =>
        serializer.Deserialize(entry.Document) ?? throw new InvalidDataException($"Mail outbox entry {entry.Id} holds no document.");

    public Task MarkSentAsync(long id, CancellationToken cancellationToken) => ExecuteAsync(
        "update mail_outbox set state = 'sent', sent_at = $2, last_error = null where id = $1 and state = 'pending'", cancellationToken, id, Now);

    /// <summary>Keeps the entry pending with its error, due again after <paramref name="retryAfter"/>.</summary>
    public Task MarkRetryAsync(long id, string error, TimeSpan retryAfter, CancellationToken cancellationToken) => ExecuteAsync(
        "update mail_outbox set last_error = $2, next_attempt_at = $3 where id = $1 and state = 'pending'",
        cancellationToken, id, error, Now + retryAfter);

    /// <summary>Gives the entry up with its error: refused for good, or out of attempts.</summary>
    public Task MarkFailedAsync(long id, string error, CancellationToken cancellationToken) => ExecuteAsync(
        "update mail_outbox set state = 'failed', last_error = $2 where id = $1 and state = 'pending'", cancellationToken, id, error);

    private static string Code(DocumentLanguage language) => language == DocumentLanguage.Kk ? "kk" : "ru";

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
