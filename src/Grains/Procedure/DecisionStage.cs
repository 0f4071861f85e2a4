using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>Steps 11b-12 (P19-P20): the notice of a failed exam, a retake, or the case withdrawn.</summary>
internal static class DecisionStage
{
    public static StageCommand SendFailureNotice(SendFailureNotice command) => new(
        ApplicationAction.SendFailureNotice,
        _ => command.Recommendations is null ? ApplicationChecks.NoList : command.Recommendations.Any(r => !string.IsNullOrWhiteSpace(r)) ? null
            : Refusal.Of(Rule.P19, "FailureNoticeRecommendations"),
        c =>
        {
            c.Deadlines.Meet(DeadlineKind.FailureNotice, c.Step);
            if (c.Case.Channel == ApplicationChannel.Online)
            {
                // P20: results delivered electronically are received on the day of delivery.
                c.Deadlines.Open(AppealWindow, c.Step);
            }
        },
        (c, context) => Task.FromResult<DocumentContent>(CaseDocuments.Failure(c.CaseId, c.Case, context, [.. command.Recommendations.Where(r => !string.IsNullOrWhiteSpace(r))], c.Today)));

    public static StageCommand Retake() => new(
        ApplicationAction.Retake, null,
        c =>
        {
            c.Deadlines.Drop(AppealWindow);
            StartAgain(c);
        });

    public static StageCommand Withdraw() => new(
        ApplicationAction.Withdraw, null, c => c.Deadlines.DropRunning());

    /// <summary>A new attempt: the exam, its results and protocol are cleared and a new exam notice is due.</summary>
    public static void StartAgain(CommandContext c)
    {
        c.Case.Attempt++;
        c.Case.Exam = null;
        c.Case.Results = null;
        c.Case.Protocol = null;
        c.Case.OfflineStart = null;
        SchedulingStage.ClearReschedule(c.Case);
        c.Deadlines.Open(DeadlineKind.ExamNotice, c.Step);
    }
}
