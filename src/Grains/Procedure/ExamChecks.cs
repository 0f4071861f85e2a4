using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>The checks of a case's exam over its state (P6, P7, P11, P13, P15-P17), with the domain's rules.</summary>
internal static class ExamChecks
{
    /// <summary>P6, P7, P11: a notice names the reschedule it answers, with the sick-leave sheet received, within the window.</summary>
    public static Refusal? NoticeDate(CaseState @case, ScheduleExam command, Step step)
    {
        if (command.Reason != @case.PendingReschedule)
        {
            return @case.PendingReschedule is null
                ? Refusal.Of(Rule.P6, "FirstNoticeNamesNoReason")
                : @case.PendingReschedule == RescheduleReason.SickLeave
                    ? Refusal.Of(Rule.P7, "NoticeReschedulesUnderSickLeave")
                    : Refusal.Of(Rule.P11, "NoticeReschedulesUnderTechnicalFailure");
        }

        if (SickLeaveSheet.CheckReschedule(command.Reason, @case.SickLeaveSheetReceived) is { } noSheet)
        {
            return noSheet;
        }

        return ExamDateWindow.For(step.Calendar, step.Today).Check(KazakhstanTime.DateOf(command.StartsAt), command.Reason);
    }

    /// <summary>P6: the exam begins on the date of the notice, not before.</summary>
    public static Refusal? ExamDay(CaseState @case, Step step) =>
        @case.Exam is { } exam && step.Today < KazakhstanTime.DateOf(exam.StartsAt)
            ? Refusal.Of(Rule.P6, "ExamOnNoticeDate", KazakhstanTime.DateOf(exam.StartsAt))
            : null;

    /// <summary>P15-P17: a pass needs the theory above 70%, the practical task per the map, and a completed sitting.</summary>
    public static Refusal? Pass(CompleteProcedure results)
    {
        if (results.EndedBy != SittingEnd.Completed)
        {
            return results.EndedBy switch
            {
                SittingEnd.Removed => Refusal.Of(Rule.P13, "SittingRemoved"),
                SittingEnd.Unfinished => Refusal.Of(Rule.P17, "SittingUnfinished"),
                _ => Refusal.Of(Rule.P13, "SittingTerminated"),
            };
        }

        if (!TheoryResult.Evaluate(results.TheoryCorrect, results.TheoryTotal).Admitted)
        {
            return Refusal.Of(Rule.P15, "TheoryNotAbove70", results.TheoryCorrect, results.TheoryTotal);
        }

        return results.PracticalPassed == true ? null : Refusal.Of(Rule.P16, "PracticalNotPerformed");
    }
}
