using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>
/// What every command meets first: an actor, a case that exists, and a command id that is new or its sender's own
/// repeat; and the refusals a case answers before any stage decides.
/// </summary>
internal static class CaseAdmission
{
    public static readonly Refusal NotRegistered = Refusal.Of(Rule.P4, "NotRegistered");

    public static readonly Refusal AlreadyApplied = Refusal.Of(Rule.P4, "AlreadyApplied");

    private static readonly Refusal NoApplication = Refusal.Of(Rule.P4, "NoApplication");

    private static readonly Refusal NoActor = Refusal.Of(Rule.InvalidInput, "NoActor");

    private static readonly Refusal CommandIdTaken = Refusal.Of(Rule.CommandIdTaken, "CommandIdTaken");

    /// <summary>The answer to a command that stops here; null when it goes on.</summary>
    public static CaseResult? Admit(CaseState @case, string caseId, Guid commandId, Actor? by) =>
        by is null ? new CaseResult(@case.Exists ? CaseViews.Of(caseId, @case) : CaseViews.Blank(caseId), NoActor)
        : !@case.Exists ? new CaseResult(CaseViews.Of(caseId, @case), NoApplication)
        : Repeated(@case, caseId, commandId, by);

    /// <summary>
    /// A command id already applied: its sender's repeat answers the case unchanged; the same id from anyone else is a
    /// conflict that shows nothing of the case (the id may have been learnt from another's case number). Null when new.
    /// </summary>
    public static CaseResult? Repeated(CaseState @case, string caseId, Guid commandId, Actor? by)
    {
        var log = new CommandLog(@case);
        return !log.Applied(commandId) ? null
            : log.SentBy(commandId, by) ? new CaseResult(CaseViews.Of(caseId, @case))
            : new CaseResult(CaseViews.Blank(caseId), CommandIdTaken);
    }
}
