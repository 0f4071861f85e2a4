using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>Steps 5-6 (P6, P7, P11): the exam notice, and what moves the exam to another date.</summary>
public sealed partial class ApplicationGrain
{
    public Task<CaseResult> ScheduleExam(ScheduleExam command)
    {
        var previous = Case.Exam;
        return Act(
            command.CommandId, command.By, ApplicationAction.SendExamNotice,
            step => ExamChecks.NoticeDate(Case, command, step),
            step =>
            {
                // P9: the notice carries the language the candidate chose; from now on it is fixed.
                Case.Exam = new ExamAppointment(command.StartsAt, command.Place, command.Online, Case.ExamLanguage, step.Today, command.Reason);
                ClearReschedule();
                Deadlines.Meet(DeadlineKind.ExamNotice, step);
            },
            (step, context) => Task.FromResult(CaseDocuments.ExamNotice(Case, context, previous, step.Today)));
    }

    public Task<CaseResult> ReportSickLeave(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.ReportSickLeave, null,
        _ => Case.PendingReschedule = RescheduleReason.SickLeave);

    public Task<CaseResult> ReportTechnicalFailure(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.ReportTechnicalFailure,
        _ => Case.Exam is { Online: true } ? null : Refusal.Of(Rule.P11, "TechnicalFailureOfflineNotMoved"),
        _ => Case.PendingReschedule = RescheduleReason.TechnicalFailure);

    /// <summary>A new exam notice (or a new attempt) ends the reschedule and what P7 asked for it.</summary>
    private void ClearReschedule()
    {
        Case.PendingReschedule = null;
        Case.SickLeaveSheet = null;
        Case.SickLeaveSheetReceived = false;
    }
}
