using Platform.Domain.Procedure;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Me.Case;

/// <summary>
/// The case's history joined with the documents of its personal file: a document belongs to the step of its kind
/// recorded at the same instant (the grain files it with the step that produced it, SPEC §4; several steps may share an
/// instant); a document no step produced (a violation act, signed in the sitting) is a step of its own.
/// </summary>
public static class CaseTimeline
{
    public static IReadOnlyList<TimelineEntry> Of(CaseView view, IReadOnlyList<DocumentHeader> documents)
    {
        var unclaimed = documents.ToList();
        var entries = new List<TimelineEntry>();
        foreach (var step in view.History)
        {
            var produced = unclaimed.Where(d => d.IssuedAt == step.At && Produces(step.What, d.Kind)).ToList();
            unclaimed.RemoveAll(produced.Contains);
            entries.Add(new TimelineEntry(step.At, StepKey(step.What), step.Rule, step.ByRole, produced));
        }

        entries.AddRange(unclaimed.Select(d => new TimelineEntry(d.IssuedAt, "Case.Step.Document", "", null, [d])));
        return [.. entries.OrderBy(e => e.At)];
    }

    /// <summary>Whether the step named <paramref name="what"/> produces documents of <paramref name="kind"/> (SPEC §4).</summary>
    public static bool Produces(string what, DocumentKind kind) => kind switch
    {
        DocumentKind.ApplicationForm => what is "SubmittedOnline" or "RegisteredFromPaper",
        DocumentKind.RemarksNotice => what == nameof(ApplicationAction.SendRemarks),
        DocumentKind.MotivatedRefusal => what == nameof(ApplicationAction.SendMotivatedRefusal),
        DocumentKind.ServiceContract => what == nameof(ApplicationAction.ConcludeContract),
        DocumentKind.ExamNotice or DocumentKind.RescheduleNotice => what == nameof(ApplicationAction.SendExamNotice),
        DocumentKind.CommissionProtocol => what is nameof(ApplicationAction.SignProtocolPassed) or nameof(ApplicationAction.SignProtocolNotPassed),
        DocumentKind.Certificate => what == nameof(ApplicationAction.IssueCertificate),
        DocumentKind.FailureNotice => what == nameof(ApplicationAction.SendFailureNotice),
        DocumentKind.AppealProtocol => what is nameof(ApplicationAction.UpholdAppeal) or nameof(ApplicationAction.RejectAppeal) or nameof(ApplicationAction.OrderResit),
        _ => false,
    };

    /// <summary>The text key of a recorded step; one the page has no words for reads as a step of the procedure.</summary>
    public static string StepKey(string what) =>
        SiteText.Has("Case.Step." + what) ? "Case.Step." + what : "Case.Step.Other";

    /// <summary>The notices of SPEC §4 sent to the candidate (what the candidate receives, as opposed to what they sent).</summary>
    public static bool IsNotice(DocumentKind kind) => kind is DocumentKind.RemarksNotice or DocumentKind.MotivatedRefusal
        or DocumentKind.ServiceContract or DocumentKind.ExamNotice or DocumentKind.RescheduleNotice or DocumentKind.ViolationAct
        or DocumentKind.CommissionProtocol or DocumentKind.FailureNotice or DocumentKind.AppealProtocol or DocumentKind.Certificate;
}
