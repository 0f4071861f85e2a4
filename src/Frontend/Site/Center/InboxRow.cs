using Platform.Grains.Documents;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// A case in the registrar's inbox: its step, the center's next obligation (SPEC §2: its kind, rule and due instant)
/// and how urgent that is now, and the candidate's name (read from their grain for the page's rows only).
/// </summary>
public sealed record InboxRow(
    string CaseId,
    string CandidateKey,
    string ProgramCode,
    string State,
    string? Channel,
    string? DueKind,
    string? DueRule,
    DateTimeOffset? DueAt,
    Urgency Urgency,
    PersonName? Name = null);
