using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using static Platform.Domain.Procedure.ApplicationState;

namespace Platform.Frontend.Site.Me.Case;

/// <summary>
/// The candidate's actions open on a case now, read from the case as it stands (the grain decides again when the
/// action arrives: a form shown here may still be refused, and the refusal is shown with its rule).
/// </summary>
/// <param name="Resubmit">P5: fix the remarks and resubmit.</param>
/// <param name="RemarksWindow">P5: the candidate's window after the remarks (its closing instant and whether it closed).</param>
/// <param name="ChooseLanguage">P9: the exam language may still change (no exam notice yet).</param>
/// <param name="ReportSickLeave">P7: temporary incapacity may be reported (an exam is scheduled).</param>
/// <param name="SickLeave">P7: where the reported incapacity stands.</param>
/// <param name="Withdraw">P3: the candidate may withdraw (before the exam).</param>
/// <param name="Appeal">P20: an appeal may be filed.</param>
/// <param name="AppealWindow">P20: the appeal window (null before the results were received).</param>
/// <param name="Retake">P19: a retake after a failure.</param>
/// <param name="ExamToday">The exam is today or under way: the exam page opens.</param>
/// <param name="BeforeExam">P8: the exam lies ahead (the methodology and the procedures are shown).</param>
public sealed record OpenActions(
    bool Resubmit,
    DeadlineView? RemarksWindow,
    bool ChooseLanguage,
    bool ReportSickLeave,
    SickLeaveStage SickLeave,
    bool Withdraw,
    bool Appeal,
    DeadlineView? AppealWindow,
    bool Retake,
    bool ExamToday,
    bool BeforeExam)
{
    public static OpenActions Of(CaseView view, DateOnly today)
    {
        var state = view.State;
        var remarks = Window(view, DeadlineKind.RemarksFixWindow);
        var appeal = Window(view, DeadlineKind.AppealWindow);
        return new OpenActions(
            Resubmit: state == RemarksSent && remarks?.Status != DeadlineStatus.Closed,
            RemarksWindow: remarks,
            ChooseLanguage: view.Exam is null && state is Registered or RemarksSent or Resubmitted or ContractConcluded,
            ReportSickLeave: state == ExamScheduled,
            SickLeave: SickLeaveOf(view),
            Withdraw: ApplicationProcedure.Apply(state, ApplicationAction.Withdraw).IsAllowed,
            Appeal: state == FailureNotified && appeal?.Status != DeadlineStatus.Closed,
            AppealWindow: appeal,
            Retake: ApplicationProcedure.Apply(state, ApplicationAction.Retake).IsAllowed,
            ExamToday: state == InExam || (state == ExamScheduled && view.Exam is { } exam && KazakhstanTime.DateOf(exam.StartsAt) <= today),
            BeforeExam: state is ContractConcluded or ExamScheduled or Rescheduled or InExam);
    }

    /// <summary>Whether any action is open (else the page says there is nothing to do now).</summary>
    public bool Any => Resubmit || ChooseLanguage || ReportSickLeave || SickLeave == SickLeaveStage.SheetDue || Withdraw || Appeal || Retake || ExamToday;

    private static DeadlineView? Window(CaseView view, DeadlineKind kind) => view.Deadlines.LastOrDefault(d => d.Kind == kind);

    /// <summary>P7: after the last report of incapacity (if it is the exam's latest reason to move), what is still due.</summary>
    private static SickLeaveStage SickLeaveOf(CaseView view)
    {
        if (view.State != Rescheduled)
        {
            return SickLeaveStage.None;
        }

        var moves = view.History.Where(e => e.What is nameof(ApplicationAction.ReportSickLeave) or nameof(ApplicationAction.ReportTechnicalFailure)).ToList();
        if (moves.LastOrDefault()?.What != nameof(ApplicationAction.ReportSickLeave))
        {
            return SickLeaveStage.None;
        }

        var reported = moves[^1].At;
        return view.SickLeaveSheetReceived ? SickLeaveStage.SheetReceived
            : view.History.Any(e => e.What == "SickLeaveSheetHandedIn" && e.At >= reported) ? SickLeaveStage.SheetHandedIn
            : SickLeaveStage.SheetDue;
    }
}
