namespace Platform.Frontend.Security.Audit;

/// <summary>Filters of the audit query; every one optional. <see cref="Page"/> counts from 1.</summary>
public sealed record AuditQuery(
    string? Subject = null,
    string? Actor = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = AuditQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}
