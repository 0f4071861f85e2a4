using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>Steps 11b-12 (P19-P20): the notice of a failed exam, the day its results were received, a retake, or the case withdrawn.</summary>
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

    /// <summary>
    /// P20: the day a paper notice's results were received opens the appeal window, once, on a day from the notice to
    /// today. Recorded late, the receipt is still a fact; a window it opened that has already closed closes now.
    /// </summary>
    public static CaseNote RecordResultsReceived(RecordResultsReceived command, Step step) => new(
        "ResultsReceived", Rule.P20,
        c => CheckResultsReceived(c, command.ReceivedOn, step.Today),
        c => new CaseDeadlines(c).Open(AppealWindow, step, command.ReceivedOn),
        c => new CaseDeadlines(c).CatchUp(step.Now));

    private static Refusal? CheckResultsReceived(CaseState @case, DateOnly receivedOn, DateOnly today)
    {
        var sentOn = @case.History.LastOrDefault(e => e.What == nameof(ApplicationAction.SendFailureNotice))?.At;
        return @case.Status != ApplicationState.FailureNotified || @case.Deadlines.ContainsKey(AppealWindow) ? Refusal.Of(Rule.P20, "ResultsReceivedOnce")
            : receivedOn > today || sentOn is null || receivedOn < KazakhstanTime.DateOf(sentOn.Value) ? Refusal.Of(Rule.P20, "ResultsReceivedDay")
            : null;
    }

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
        c.Case.OfflineProgramVersion = null;
        SchedulingStage.ClearReschedule(c.Case);
        c.Deadlines.Open(DeadlineKind.ExamNotice, c.Step);
    }
}
