namespace Platform.Frontend.Security.Audit;

/// <summary>Audit actions recorded explicitly (state changes are named after their endpoint unless it says otherwise).</summary>
public static class AuditActions
{
    /// <summary>Reading a candidate's personal file (issue 6: "reading a personal file is audited too").</summary>
    public const string PersonalFileRead = "personal-file.read";

    /// <summary>Records that the current user read a candidate's personal file; <paramref name="candidateKey"/> is the grain key, never the IIN.</summary>
    public static Task RecordPersonalFileReadAsync(this IAuditLog log, HttpContext context, string candidateKey) =>
        log.RecordAsync(AuditEntry.For(context, PersonalFileRead, candidateKey), context.RequestAborted);
}
