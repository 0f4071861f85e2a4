using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>Steps 5-6 (P6, P7, P11): the exam notice, and what moves the exam to another date.</summary>
internal static class SchedulingStage
{
    public static StageCommand ScheduleExam(ScheduleExam command)
    {
        ExamAppointment? previous = null;
        return new(
            ApplicationAction.SendExamNotice,
            c => ExamChecks.NoticeDate(c.Case, command, c.Step),
            c =>
            {
                previous = c.Case.Exam;

                // P9: the notice carries the language the candidate chose; from now on it is fixed.
                c.Case.Exam = new ExamAppointment(command.StartsAt, command.Place, command.Online, c.Case.ExamLanguage, c.Today, command.Reason);
                ClearReschedule(c.Case);
                c.Deadlines.Meet(DeadlineKind.ExamNotice, c.Step);
            },
            (c, context) => Task.FromResult(CaseDocuments.ExamNotice(c.Case, context, previous, c.Today)));
    }

    /// <summary>
    /// P7: temporary incapacity moves the exam. Before the exam, or after a sitting its exam day closed unfinished (the
    /// candidate did not appear or did not finish: the report may come after the day); the protocol is then not due.
    /// </summary>
    public static StageCommand ReportSickLeave() => new(
        ApplicationAction.ReportSickLeave,
        c => c.Case.Status != ApplicationState.AwaitingProtocol || c.Case.Results?.EndedBy == SittingEnd.Unfinished
            ? null
            : Refusal.Of(Rule.P7, "SickLeaveAfterUnfinishedSitting"),
        c =>
        {
            if (c.Case.Results is not null)
            {
                c.Case.Results = null;
                c.Deadlines.Drop(DeadlineKind.Protocol);
            }

            c.Case.PendingReschedule = RescheduleReason.SickLeave;
        });

    public static StageCommand ReportTechnicalFailure() => new(
        ApplicationAction.ReportTechnicalFailure,
        c => c.Case.Exam is { Online: true } ? null : Refusal.Of(Rule.P11, "TechnicalFailureOfflineNotMoved"),
        c => c.Case.PendingReschedule = RescheduleReason.TechnicalFailure);

    /// <summary>A new exam notice (or a new attempt) ends the reschedule and what P7 asked for it.</summary>
    public static void ClearReschedule(CaseState @case)
    {
        @case.PendingReschedule = null;
        @case.SickLeaveSheet = null;
        @case.SickLeaveSheetReceived = false;
    }
}
