namespace Platform.Frontend.Security.Audit;

/// <summary>
/// What an endpoint tells the audit entry of its request beyond the route: the subject by key (a candidate key, an
/// upload id — never an IIN or a name) and small facts such as what changed. Set with
/// <see cref="AuditNoteExtensions.NoteAudit"/>; <see cref="AuditMiddleware"/> reads it when the change succeeded.
/// </summary>
public sealed class AuditNote
{
    public string? Subject { get; set; }

    public Dictionary<string, string?> Details { get; } = [];
}
