using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;

namespace Platform.Grains.Procedure;

/// <summary>
/// P13 offline, P14: the commission's violation act on an offline exam. A first violation brings an oral warning, a
/// violation after it the removal; either way the act is drawn up, signed by the present members the day it is drawn
/// up, and filed in the candidate's personal file. Online, the sitting drafts its own act (the sitting's stages).
/// </summary>
internal static class ViolationStage
{
    public static CaseNote DrawUp(DrawUpViolationAct command, string caseId, CaseContext context, Step step) => new(
        command.Outcome == ViolationActOutcome.Removed ? "OfflineRemovalAct" : "OfflineWarningAct",
        Rule.P13.And(Rule.P14),
        c => Check(c, command),
        c =>
        {
            var act = new ViolationAct(
                context.CenterName, context.Candidate.Name, context.Profession, ExamMode.Offline, step.Now, command.Stage.Trim(),
                command.Observed.Trim(), command.Outcome == ViolationActOutcome.Warned ? step.Now : c.OfflineWarnedAt, command.Outcome,
                [.. command.Members.Select(m => m with { FullName = m.FullName.Trim(), SignedOn = step.Today })]);
            CaseFiling.Produce(c, caseId, command.CommandId, act, step.Now);
            if (command.Outcome == ViolationActOutcome.Warned)
            {
                c.OfflineWarnedAt = step.Now;
            }
        });

    private static Refusal? Check(CaseState @case, DrawUpViolationAct command) =>
        @case.Status != ApplicationState.InExam || @case.Exam is not { Online: false } ? Refusal.Of(Rule.P13, "OfflineViolationRequiresExam")
        : command.Outcome is not (ViolationActOutcome.Warned or ViolationActOutcome.Removed) ? Refusal.Of(Rule.P13, "OfflineViolationOutcome")
        : command.Outcome == ViolationActOutcome.Warned && @case.OfflineWarnedAt is not null ? Refusal.Of(Rule.P13, "OfflineViolationAlreadyWarned")
        : command.Outcome == ViolationActOutcome.Removed && @case.OfflineWarnedAt is null ? Refusal.Of(Rule.P13, "OfflineRemovalBeforeWarning")
        : string.IsNullOrWhiteSpace(command.Observed) || string.IsNullOrWhiteSpace(command.Stage) ? Refusal.Of(Rule.P14, "ViolationActObserved")
        : command.Members is not { Count: > 0 } || command.Members.Any(m => m is null || string.IsNullOrWhiteSpace(m.FullName)) ? Refusal.Of(Rule.P14, "ViolationActSigners")
        : null;
}
