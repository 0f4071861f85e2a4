using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>Steps 7-10 (P6, P13-P17): the exam on its day, its results, and the commission's protocol.</summary>
internal static class ExamStage
{
    public static StageCommand StartExam() => new(
        ApplicationAction.StartExam, c => ExamChecks.ExamDay(c.Case, c.Step), _ => { });

    public static StageCommand CompleteProcedure(CompleteProcedure command) => new(
        ApplicationAction.CompleteProcedure,
        _ => NothingDone(command) ? null
            : command.TheoryTotal <= 0 || command.TheoryCorrect < 0 || command.TheoryCorrect > command.TheoryTotal
            ? Refusal.Of(Rule.P15, "TheoryResultMalformed")
            : null,
        c =>
        {
            c.Case.Results = command;
            c.Deadlines.Open(DeadlineKind.Protocol, c.Step);
        });

    /// <summary>P6, P17: a sitting its exam day closed before the theory opened (the candidate did not appear) has no ticket to score.</summary>
    private static bool NothingDone(CompleteProcedure command) =>
        command.EndedBy == SittingEnd.Unfinished && (command.TheoryCorrect, command.TheoryTotal, command.PracticalPassed) == (0, 0, null);

    public static StageCommand RecordProtocol(ProtocolDecision decision) => new(
        decision.Passed ? ApplicationAction.SignProtocolPassed : ApplicationAction.SignProtocolNotPassed,
        c => decision.Passed ? ExamChecks.Pass(c.Case.Results!) : null,
        c =>
        {
            c.Case.Protocol = decision;
            c.Deadlines.Meet(DeadlineKind.Protocol, c.Step);
            c.Deadlines.Open(decision.Passed ? DocumentIssue : DeadlineKind.FailureNotice, c.Step);
        },
        async (c, context) => CaseDocuments.Protocol(c.CaseId, c.Case, context, await c.Commission(decision.CommissionId), c.Today));
}
