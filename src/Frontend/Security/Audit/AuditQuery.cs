namespace Platform.Frontend.Security.Audit;

/// <summary>
/// Filters of the audit query; every one optional. <see cref="Page"/> counts from 1. <see cref="Case"/> finds a case's
/// entries whether the case is their subject or a value of the route they were recorded for (its <c>caseId</c>).
/// </summary>
public sealed record AuditQuery(
    string? Subject = null,
    string? Actor = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = AuditQuery.DefaultPageSize,
    string? Case = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}
