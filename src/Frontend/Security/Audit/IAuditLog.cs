namespace Platform.Frontend.Security.Audit;

/// <summary>
/// The append-only audit log in PostgreSQL (<c>audit_log</c>, issue 6): who did what to which case or subject, when,
/// and from where. Every state-changing request is recorded by <see cref="AuditMiddleware"/>; reads that the law
/// treats as sensitive (a personal file) are recorded explicitly. Entries never hold an IIN or a name in clear.
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The entries matching the query, newest first, one page of them.</summary>
    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
