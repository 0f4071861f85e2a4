using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>P4, App.1: an application to a center for a qualification program.</summary>
/// <param name="ExamLanguage">P9: the exam language the candidate chooses, "kk" or "ru" (on paper, as written on the form).</param>
/// <param name="CandidateKey">Only for a paper application registered by staff; a candidate applies for themselves.</param>
[ValidatableType]
public sealed record ApplicationRequest(
    [Present, Format(Lengths.CenterNumber, "CenterNumberFormat")] string CenterNumber,
    [Present, Format(Lengths.Code, "CodeFormat")] string ProgramCode,
    [Present, Between(1, 8)] int? NrkLevel,
    bool PersonalDataConsent,
    [Present, Format(Lengths.Language, "LanguageFormat")] string ExamLanguage,
    [Items(0, Lengths.Attachments)] IReadOnlyList<AttachmentRequest>? Attachments = null,
    [Format(Lengths.Key, "KeyFormat")] string? CandidateKey = null);
