using Platform.Grains.Documents;

namespace Platform.Frontend.Site.Signing;

/// <summary>
/// What waits for the head's signature (SPEC §2): a motivated refusal (P5) or a recognition document (P18, P23), with
/// the day the obligation began, its due date and the document of the case to read before signing.
/// </summary>
/// <param name="Case">A certificate's case, whose results (P15-P17, each step of the map) the head reads before signing.</param>
/// <param name="Document">The document previewed: the notice with remarks a refusal rests on, the protocol a certificate rests on.</param>
public sealed record AwaitingSignature(
    SignatureKind Kind,
    string CaseId,
    string CandidateName,
    string ProgramCode,
    DateOnly Since,
    DateTimeOffset DueAt,
    DocumentHeader? Document,
    Platform.Grains.Procedure.CaseView? Case = null);
