using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>Steps 7-10 (P6, P13-P17): the exam on its day, its results, and the commission's protocol.</summary>
public sealed partial class ApplicationGrain
{
    public Task<CaseResult> StartExam(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.StartExam, CheckExamDay, _ => { });

    /// <summary>P6: the exam begins on the date of the notice, not before.</summary>
    private Refusal? CheckExamDay(Step step) =>
        Case.Exam is { } exam && step.Today < KazakhstanTime.DateOf(exam.StartsAt)
            ? Refusal.Of(Rule.P6, "ExamOnNoticeDate", KazakhstanTime.DateOf(exam.StartsAt))
            : null;

    public Task<CaseResult> CompleteProcedure(CompleteProcedure command) => Act(
        command.CommandId, command.By, ApplicationAction.CompleteProcedure,
        _ => command.TheoryTotal <= 0 || command.TheoryCorrect < 0 || command.TheoryCorrect > command.TheoryTotal
            ? Refusal.Of(Rule.P15, "TheoryResultMalformed")
            : null,
        step =>
        {
            Case.Results = command;
            Deadlines.Open(DeadlineKind.Protocol, step);
        });

    public Task<CaseResult> RecordProtocol(ProtocolDecision decision) => Act(
        decision.CommandId, decision.By, decision.Passed ? ApplicationAction.SignProtocolPassed : ApplicationAction.SignProtocolNotPassed,
        _ => decision.Passed ? CheckPass() : null,
        step =>
        {
            Case.Protocol = decision;
            Deadlines.Meet(DeadlineKind.Protocol, step);
            Deadlines.Open(decision.Passed ? DocumentIssue : DeadlineKind.FailureNotice, step);
        },
        async (step, context) => CaseDocuments.Protocol(CaseId, Case, context, await CommissionAsync(decision.CommissionId), step.Today));

    /// <summary>P15-P17: a pass needs the theory above 70%, the practical task per the map, and a completed sitting.</summary>
    private Refusal? CheckPass()
    {
        var results = Case.Results!;
        if (results.EndedBy != SittingEnd.Completed)
        {
            return results.EndedBy == SittingEnd.Removed
                ? Refusal.Of(Rule.P13, "SittingRemoved")
                : Refusal.Of(Rule.P13, "SittingTerminated");
        }

        if (!TheoryResult.Evaluate(results.TheoryCorrect, results.TheoryTotal).Admitted)
        {
            return Refusal.Of(Rule.P15, "TheoryNotAbove70", results.TheoryCorrect, results.TheoryTotal);
        }

        return results.PracticalPassed == true ? null : Refusal.Of(Rule.P16, "PracticalNotPerformed");
    }
}
