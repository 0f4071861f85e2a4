using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Me;

/// <summary>
/// The application form (P4, App.1) as posted: the command id made when it was rendered (a double submit is one
/// command), the center and program chosen, the exam language (P9), the consent, and each document's upload — the
/// name the upload API gave (script) or, without script, the file posted with the form.
/// </summary>
public sealed class ApplyForm
{
    /// <summary>The documents of P4 2)–4) a candidate attaches to an application, in the order of the form.</summary>
    public static readonly IReadOnlyList<AttachmentKind> Kinds = [AttachmentKind.Education, AttachmentKind.WorkExperience, AttachmentKind.EarlierRecognition];

    public Guid CommandId { get; set; }

    public string? Center { get; set; }

    public string? Program { get; set; }

    public string? ExamLanguage { get; set; }

    public bool PersonalDataConsent { get; set; }

    public string? EducationStoredAs { get; set; }

    public string? WorkExperienceStoredAs { get; set; }

    public string? EarlierRecognitionStoredAs { get; set; }

    public string? StoredAs(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Education => EducationStoredAs,
        AttachmentKind.WorkExperience => WorkExperienceStoredAs,
        AttachmentKind.EarlierRecognition => EarlierRecognitionStoredAs,
        _ => null,
    } is { Length: > 0 } name ? name : null;

    public void Store(AttachmentKind kind, string? storedAs)
    {
        switch (kind)
        {
            case AttachmentKind.Education: EducationStoredAs = storedAs; break;
            case AttachmentKind.WorkExperience: WorkExperienceStoredAs = storedAs; break;
            case AttachmentKind.EarlierRecognition: EarlierRecognitionStoredAs = storedAs; break;
        }
    }

    /// <summary>The name of a document's field: the file input and, with "StoredAs", its upload's name.</summary>
    public static string Field(AttachmentKind kind) => kind.ToString();
}
