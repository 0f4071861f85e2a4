using Platform.Grains.Commissions;

namespace Platform.Grains.Procedure;

/// <summary>
/// What a stage sees of the command the grain's pipeline is applying: the case state as it is now (a refused command
/// puts back another state object, so it is read at the moment, never kept), the step with its clock, the deadlines,
/// and the commissions its documents print.
/// </summary>
internal sealed record CommandContext(CaseState Case, Step Step, string CaseId, Func<string?, Task<CommissionView?>> Commission)
{
    public CaseDeadlines Deadlines => new(Case);

    public DateOnly Today => Step.Today;
}
