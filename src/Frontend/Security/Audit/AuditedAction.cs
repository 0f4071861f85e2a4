namespace Platform.Frontend.Security.Audit;

/// <summary>
/// Endpoint metadata naming the audit action of a state-changing endpoint (<c>.Audited("calendar.load")</c>); without
/// it the action is the endpoint's method and route pattern. <see cref="IsExempt"/> marks the rare endpoint that takes
/// a non-read method but changes no state (the development token issuer), with the reason.
/// </summary>
public sealed record AuditedAction(string? Name, string? ExemptBecause = null)
{
    public bool IsExempt => ExemptBecause is not null;
}
