namespace Platform.Frontend.Security.Audit;

/// <summary>One page of audit entries, newest first; <see cref="HasMore"/> says whether the next page has any.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Entries, int Page, int PageSize, bool HasMore);
