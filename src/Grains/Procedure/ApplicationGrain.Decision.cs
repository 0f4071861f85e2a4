using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>Steps 11b-12 (P19-P20): the notice of a failed exam, its receipt, a retake, or the case withdrawn.</summary>
public sealed partial class ApplicationGrain
{
    public Task<CaseResult> SendFailureNotice(SendFailureNotice command) => Act(
        command.CommandId, command.By, ApplicationAction.SendFailureNotice,
        _ => command.Recommendations is null ? ApplicationChecks.NoList : command.Recommendations.Any(r => !string.IsNullOrWhiteSpace(r)) ? null
            : Refusal.Of(Rule.P19, "FailureNoticeRecommendations"),
        step =>
        {
            Deadlines.Meet(DeadlineKind.FailureNotice, step);
            if (Case.Channel == ApplicationChannel.Online)
            {
                // P20: results delivered electronically are received on the day of delivery.
                Deadlines.Open(AppealWindow, step);
            }
        },
        (step, context) => Task.FromResult<DocumentContent>(CaseDocuments.Failure(CaseId, Case, context, [.. command.Recommendations.Where(r => !string.IsNullOrWhiteSpace(r))], step.Today)));

    public async Task<CaseResult> RecordResultsReceived(RecordResultsReceived command)
    {
        if (Admit(command.CommandId, command.By) is { } early)
        {
            return early;
        }

        var now = time.GetUtcNow();
        await CatchUpAsync(now);
        var step = new Step(await calendars.GetAsync(), now);
        var sentOn = Case.History.LastOrDefault(e => e.What == nameof(ApplicationAction.SendFailureNotice))?.At;
        if (Case.Status != ApplicationState.FailureNotified || Case.Deadlines.ContainsKey(AppealWindow))
        {
            return Refused(Refusal.Of(Rule.P20, "ResultsReceivedOnce"));
        }

        if (command.ReceivedOn > step.Today || sentOn is null || command.ReceivedOn < KazakhstanTime.DateOf(sentOn.Value))
        {
            return Refused(Refusal.Of(Rule.P20, "ResultsReceivedDay"));
        }

        var before = Snapshot();
        var refused = await ChangeAsync(before, () =>
        {
            Deadlines.Open(AppealWindow, step, command.ReceivedOn);
            Record(command.CommandId, command.By, "ResultsReceived", Rule.P20, step.Now);

            // Recorded late, the receipt is still a fact; a window it opened that has already closed closes now (P20).
            Deadlines.CatchUp(step.Now);
            return Task.FromResult<Refusal?>(null);
        });
        return refused is null ? await CommitAsync(before) : Refused(refused);
    }

    public Task<CaseResult> Retake(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.Retake, null,
        step =>
        {
            Deadlines.Drop(AppealWindow);
            StartAgain(step);
        });

    private void StartAgain(Step step)
    {
        Case.Attempt++;
        Case.Exam = null;
        Case.Results = null;
        Case.Protocol = null;
        Case.OfflineStart = null;
        ClearReschedule();
        Deadlines.Open(DeadlineKind.ExamNotice, step);
    }

    public Task<CaseResult> Withdraw(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.Withdraw, null,
        _ => Deadlines.DropRunning());
}
