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
        command.CommandId, command.By, ApplicationAction.StartExam, step => ExamChecks.ExamDay(Case, step), _ => { });

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
        _ => decision.Passed ? ExamChecks.Pass(Case.Results!) : null,
        step =>
        {
            Case.Protocol = decision;
            Deadlines.Meet(DeadlineKind.Protocol, step);
            Deadlines.Open(decision.Passed ? DocumentIssue : DeadlineKind.FailureNotice, step);
        },
        async (step, context) => CaseDocuments.Protocol(CaseId, Case, context, await CommissionAsync(decision.CommissionId), step.Today));
}
