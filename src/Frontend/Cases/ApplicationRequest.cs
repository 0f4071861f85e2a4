using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>P4, App.1: an application to a center for a qualification program.</summary>
/// <param name="CandidateKey">Only for a paper application registered by staff; a candidate applies for themselves.</param>
[ValidatableType]
public sealed record ApplicationRequest(
    [Present, Format(Lengths.CenterNumber, "CenterNumberFormat")] string CenterNumber,
    [Present, Format(Lengths.Code, "CodeFormat")] string ProgramCode,
    [Present, Between(1, 8)] int? NrkLevel,
    bool PersonalDataConsent,
    [Items(0, Lengths.Attachments)] IReadOnlyList<AttachmentRequest>? Attachments = null,
    [Format(Lengths.Key, "KeyFormat")] string? CandidateKey = null);
