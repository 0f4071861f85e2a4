using Platform.Grains.Candidates;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// A case as the registrar reviews it (P5): the case, the person (App.1, the IIN masked), the program with what it
/// requires (P4), the center's next obligation with its urgency, and the checklist of the package.
/// </summary>
public sealed record ReviewFile(
    CaseView View,
    CandidateIdentity? Identity,
    ProgramSummary? Program,
    DeadlineView? Due,
    Urgency Urgency,
    IReadOnlyList<ChecklistItem> Checklist)
{
    /// <summary>P5: the registrar decides the review — remarks or the contract — while the case awaits it.</summary>
    public bool AwaitsReview => View.State is Domain.Procedure.ApplicationState.Registered or Domain.Procedure.ApplicationState.Resubmitted;

    /// <summary>The P5 window of this review: the first review, or the review of a resubmission.</summary>
    public DeadlineView? ReviewWindow => View.Deadlines.LastOrDefault(d =>
        d.Kind is Domain.Deadlines.DeadlineKind.CompletenessReview or Domain.Deadlines.DeadlineKind.ResubmissionReview && d.MetAt is null);
}
