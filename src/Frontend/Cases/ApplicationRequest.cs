using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>P4, App.1: an application to a center for a qualification program.</summary>
/// <param name="CandidateKey">Only for a paper application registered by staff; a candidate applies for themselves.</param>
public sealed record ApplicationRequest(
    string CenterNumber,
    string ProgramCode,
    int NrkLevel,
    IReadOnlyList<AttachedDocument>? Attachments,
    bool PersonalDataConsent,
    string? CandidateKey = null);
