namespace Platform.Grains.Candidates;

/// <summary>
/// Issue 13: the notices on their way to the candidate's e-mail. Enqueuing is durable and idempotent (one entry per
/// document id, a repeat is harmless); a dispatcher of the silo sends the entries with retries. The silo implements it
/// on PostgreSQL.
/// </summary>
public interface INoticeMailOutbox
{
    Task EnqueueAsync(NoticeMail mail, CancellationToken cancellationToken = default);
}
