namespace Platform.Grains.Procedure;

/// <summary>
/// Step 1 (P4, App.1): an application, submitted online or registered from paper.
/// </summary>
/// <param name="CommandId">Makes a retried submission harmless.</param>
/// <param name="CenterNumber">The recognition center's accreditation number (4 digits).</param>
/// <param name="CandidateKey">The candidate's grain key (from the keyed hash of the IIN).</param>
/// <param name="ProgramCode">The qualification program sought.</param>
/// <param name="NrkLevel">The NRK level claimed (App.1).</param>
/// <param name="Attachments">The documents attached (P4 2)–4)), by name and stored reference.</param>
/// <param name="PersonalDataConsent">P4, App.1: consent to processing personal data and placing them on the NSK platform (mandatory).</param>
/// <param name="ExamLanguage">P9: the exam language the candidate chose, "kk" or "ru" (on paper, as written on the form).</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.SubmitApplication")]
public sealed record SubmitApplication(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] string CenterNumber,
    [property: Id(2)] string CandidateKey,
    [property: Id(3)] string ProgramCode,
    [property: Id(4)] int NrkLevel,
    [property: Id(5)] ApplicationChannel Channel,
    [property: Id(6)] IReadOnlyList<AttachedDocument> Attachments,
    [property: Id(7)] bool PersonalDataConsent,
    [property: Id(9)] string ExamLanguage,
    [property: Id(8)] Actor By);
