using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Schedule;

/// <summary>A case on the scheduling and exam-day pages: as its grain holds it, with the candidate's name (staff only, never in a URL).</summary>
public sealed record ScheduleCase(CaseView View, string CandidateName)
{
    public string CaseId => View.CaseId;

    /// <summary>On the exam day: the state of the case's sitting of this attempt, null while it is not opened.</summary>
    public SittingState? Sitting { get; init; }

    /// <summary>An online exam whose notice stands and whose sitting is still to open (P6, P8).</summary>
    public bool OnlineToOpen => View is { State: ApplicationState.ExamScheduled, Exam.Online: true } && Sitting is null;

    /// <summary>P7, P11: why the exam is to be rescheduled, read from the case's last report; null for a first notice.</summary>
    public RescheduleReason? PendingReschedule => View.State != ApplicationState.Rescheduled
        ? null
        : View.History.LastOrDefault(e => e.What is nameof(ApplicationAction.ReportSickLeave) or nameof(ApplicationAction.ReportTechnicalFailure))?.What
            == nameof(ApplicationAction.ReportTechnicalFailure)
            ? RescheduleReason.TechnicalFailure
            : RescheduleReason.SickLeave;
}

/// <summary>What one case's action came to on a group form (a notice sent, a sitting opened), as the results table shows it.</summary>
public sealed record CaseOutcome(ScheduleCase Case, Commission.DeskOutcome Outcome);
