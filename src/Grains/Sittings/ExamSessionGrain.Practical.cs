using Microsoft.Extensions.Logging;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// The practical stage against the technological map (P16, P17), decided by <see cref="PracticalStage"/>; technical
/// failure (P11), and what the sitting tells its case: StartExam when the theory opens, CompleteProcedure at the end,
/// ReportTechnicalFailure.
/// </summary>
public sealed partial class ExamSessionGrain
{
    public async Task<SittingResult> MarkStep(MarkStep command)
    {
        var practical = new PracticalStage(S);
        if (practical.CheckMark(command, NotOpened) is { } refused)
        {
            return Refused(refused);
        }

        if (practical.Marked(command) is { } marked)
        {
            await Journal.RecordHotAsync([marked]);
        }

        return new SittingResult(View());
    }

    public Task<SittingResult> CompletePractical(SittingCommand command)
    {
        var practical = new PracticalStage(S);
        return Act(
            command.CommandId, command.By, SittingAction.CompletePractical, null,
            _ => practical.Completed(command.By),
            _ =>
            {
                practical.Complete();
                Complete(SittingEnd.Completed, command.By);
            });
    }

    public Task<SittingResult> ReportTechnicalFailure(SittingCommand command) => Act(
        command.CommandId, command.By, SittingAction.ReportTechnicalFailure, null,
        _ => new TechnicalFailureReported(command.By.Subject, command.By.Role, Rule.P11.Id),
        now =>
        {
            S.EndedAt = now;
            if (S.TheoryOpenedAt is null)
            {
                // The case moves only an exam in progress (P11): a failure at check-in starts it first.
                S.PendingCaseCalls.Add(CaseCall.StartExam(CommandIdFor("start-exam")));
            }

            S.PendingCaseCalls.Add(CaseCall.ReportTechnicalFailure(CommandIdFor("technical-failure")));
        });

    /// <summary>P17: the results go to the case; a stage that did not take place is reported as not passed (null).</summary>
    private void Complete(SittingEnd end, Actor by)
    {
        var scores = S.Scores ?? Unsubmitted();
        S.PendingCaseCalls.Add(CaseCall.Complete(new CompleteProcedure(
            CommandIdFor("complete"), scores.TheoryCorrect, scores.TheoryTotal, scores.PracticalPassed, scores.PracticalShortfalls, end, by)));
    }

    /// <summary>The saved answers of a theory stage that ended before it was submitted (P13).</summary>
    private SittingScores Unsubmitted()
    {
        var result = Theory.Score();
        return new SittingScores(result.Correct, result.Total, result.Admitted, null, new List<string>());
    }

    /// <summary>Sends what the case has not heard yet, in order; a refusal is kept for the center to see, a failure retried later.</summary>
    private async Task SendCaseCallsAsync()
    {
        if (S.PendingCaseCalls.Count == 0)
        {
            return;
        }

        try
        {
            while (S.PendingCaseCalls.Count > 0)
            {
                var call = S.PendingCaseCalls[0];
                var result = await call.SendAsync(Case, Self);
                S.CaseRefusal = result.Refusal is { } refusal ? $"{call.What}: {refusal.Rule.Id}: {refusal.In("en")}" : S.CaseRefusal;
                S.PendingCaseCalls.RemoveAt(0);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogCaseUnreachable(logger, SittingId, failure);
        }

        await Journal.WriteAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sitting {SittingId} could not reach its case; it tries again on its next activation")]
    private static partial void LogCaseUnreachable(ILogger logger, string sittingId, Exception exception);
}
