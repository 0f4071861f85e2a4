using Platform.Grains.Documents;

namespace Platform.Frontend.Site.Me.Case;

/// <summary>
/// One step of a case as the candidate reads it: when (an instant, shown in Almaty time), what happened (a text key of
/// <c>CaseText</c>), under which rule, who acted (a role, never a name for staff) and the documents it produced.
/// </summary>
/// <param name="Step">The step's text key, e.g. <c>Case.Step.SendRemarks</c>.</param>
/// <param name="ByRole">The role of who acted; null for a document filed by itself (a violation act).</param>
public sealed record TimelineEntry(DateTimeOffset At, string Step, string Rule, string? ByRole, IReadOnlyList<DocumentHeader> Documents);
