namespace Platform.Frontend.Security.Audit;

/// <summary>Noting the subject and facts of the current request's audit entry.</summary>
public static class AuditNoteExtensions
{
    /// <summary>Names the entry's subject by key and adds facts to its details (keys and outcomes, no personal data).</summary>
    public static void NoteAudit(this HttpContext context, string subject, params (string Name, string? Value)[] details)
    {
        var note = context.Features.Get<AuditNote>() ?? new AuditNote();
        note.Subject = subject;
        foreach (var (name, value) in details)
        {
            note.Details[name] = value;
        }

        context.Features.Set(note);
    }
}
