using Platform.Frontend.Security.Audit;

namespace Platform.Frontend.Site.Me;

/// <summary>
/// The audit entry of a page's form that succeeded and redirects (post, redirect, get): the audit middleware records
/// only 2xx answers, so the page writes the entry itself, before the redirect — keys and outcomes, no personal data.
/// </summary>
public sealed class PageAudit(IAuditLog log)
{
    public Task RecordAsync(HttpContext context, string action, string subject, params (string Name, string? Value)[] details) =>
        log.RecordAsync(
            AuditEntry.For(context, action, subject, details.ToDictionary(detail => detail.Name, detail => detail.Value)),
            CancellationToken.None);
}
