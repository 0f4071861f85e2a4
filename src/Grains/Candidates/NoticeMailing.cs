using Platform.Grains.Documents;

namespace Platform.Grains.Candidates;

/// <summary>
/// Which documents of the personal file go to the candidate by e-mail, and in which language. Pure: every input is passed in.
/// </summary>
public static class NoticeMailing
{
    /// <summary>Every document addressed to the candidate (SPEC §4); not the application, which is the candidate's own.</summary>
    public static bool IsMailed(DocumentKind kind) => kind != DocumentKind.ApplicationForm;

    /// <summary>The address to write to, or null when the candidate gave none.</summary>
    public static string? Recipient(CandidateIdentity? identity) =>
        identity?.Contacts.Email is { } email && !string.IsNullOrWhiteSpace(email) ? email.Trim() : null;

    /// <summary>
    /// The language of the mail: the one the document itself names (the exam's, P9), else the one the case gave when it
    /// filed its documents, else Russian (the documents' default).
    /// </summary>
    public static DocumentLanguage Language(DocumentContent content, DocumentLanguage? caseLanguage) => content switch
    {
        ExamNotice notice => notice.ExamLanguage,
        CommissionProtocol protocol => protocol.ExamLanguage,
        _ => caseLanguage ?? DocumentLanguage.Ru,
    };
}
