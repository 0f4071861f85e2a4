using Platform.Frontend.Site;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Me.Case;

/// <summary>
/// The case's history joined with the documents of its personal file: a document belongs to the step recorded at the
/// same instant (the grain files it with the step that produced it, SPEC §4); a document no step produced (a violation
/// act, signed in the sitting) is a step of its own.
/// </summary>
public static class CaseTimeline
{
    public static IReadOnlyList<TimelineEntry> Of(CaseView view, IReadOnlyList<DocumentHeader> documents)
    {
        var unclaimed = documents.ToList();
        var entries = new List<TimelineEntry>();
        foreach (var step in view.History)
        {
            var produced = unclaimed.Where(d => d.IssuedAt == step.At).ToList();
            unclaimed.RemoveAll(produced.Contains);
            entries.Add(new TimelineEntry(step.At, StepKey(step.What), step.Rule, step.ByRole, produced));
        }

        entries.AddRange(unclaimed.Select(d => new TimelineEntry(d.IssuedAt, "Case.Step.Document", "", null, [d])));
        return [.. entries.OrderBy(e => e.At)];
    }

    /// <summary>The text key of a recorded step; one the page has no words for reads as a step of the procedure.</summary>
    public static string StepKey(string what) =>
        SiteText.Has("Case.Step." + what) ? "Case.Step." + what : "Case.Step.Other";

    /// <summary>The notices of SPEC §4 sent to the candidate (what the candidate receives, as opposed to what they sent).</summary>
    public static bool IsNotice(DocumentKind kind) => kind is DocumentKind.RemarksNotice or DocumentKind.MotivatedRefusal
        or DocumentKind.ServiceContract or DocumentKind.ExamNotice or DocumentKind.RescheduleNotice or DocumentKind.ViolationAct
        or DocumentKind.CommissionProtocol or DocumentKind.FailureNotice or DocumentKind.AppealProtocol or DocumentKind.Certificate;
}
