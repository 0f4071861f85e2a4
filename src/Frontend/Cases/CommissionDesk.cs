using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Grains.Commissions;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>
/// Where commission members act: the member must sit on the commission (P9, P21-1), the commission must belong to the
/// case's center, and an appeal commission acts on the one case it was formed for.
/// </summary>
public sealed class CommissionDesk(IGrainFactory grains, CommissionAccess access, CaseGate gate)
{
    private static readonly CommissionDecision NoDecision = new(null, false, []);

    public async Task<Results<Ok<CaseView>, ProblemHttpResult>> ActAsync(
        string commissionId, string caseId, PlatformUser user, bool appeal, HttpContext context,
        Func<IApplicationGrain, Actor, Guid, CommissionDecision, Task<CaseResult>> action)
    {
        var commission = await FindAsync(commissionId, user, appeal);
        return commission is null
            ? AccessProblems.For(context, access.Check(user, commissionId, AccessIntent.Change, appeal) is var d and not AccessDecision.Allowed ? d : AccessDecision.Hidden)
            : await gate.ActAsync(caseId, context, view => Fits(commission, view) ? AccessDecision.Allowed : AccessDecision.Hidden,
                CaseGate.ActorOf(user, appeal ? Roles.AppealCommissionMember : Roles.CommissionMember),
                (grain, by, id) => action(grain, by, id, NoDecision));
    }

    public async Task<Results<Ok<CaseView>, ProblemHttpResult>> DecideAsync(
        string commissionId, string caseId, PlatformUser user, bool appeal, VotesRequest body, HttpContext context,
        Func<IApplicationGrain, Actor, Guid, CommissionDecision, Task<CaseResult>> action)
    {
        if (await FindAsync(commissionId, user, appeal) is null)
        {
            return AccessProblems.For(context, access.Check(user, commissionId, AccessIntent.Change, appeal) is var d and not AccessDecision.Allowed ? d : AccessDecision.Hidden);
        }

        var decision = await grains.GetGrain<ICommissionGrain>(commissionId).Decide(body.ToVotes());
        if (decision.Refusal is { } refusal)
        {
            return RefusalResponses.BadRequest(context, refusal);
        }

        if (!appeal && decision.Choice is not ("passed" or "notPassed")
            || appeal && !Enum.TryParse<AppealOutcome>(decision.Choice, ignoreCase: true, out _))
        {
            return CaseResponses.Invalid(context, appeal ? CaseMessages.InvalidAppealVotes : CaseMessages.InvalidProtocolVotes);
        }

        return await ActAsync(commissionId, caseId, user, appeal, context, (grain, by, id, _) => action(grain, by, id, decision));
    }

    /// <summary>The commission, when the caller may act in it.</summary>
    private async Task<CommissionView?> FindAsync(string commissionId, PlatformUser user, bool appeal)
    {
        if (access.Check(user, commissionId, AccessIntent.Change, appeal) != AccessDecision.Allowed)
        {
            return null;
        }

        var commission = await grains.GetGrain<ICommissionGrain>(commissionId).Get();
        return commission is not null && commission.Kind == (appeal ? CommissionKind.Appeal : CommissionKind.Examination)
            && commission.Members.Any(m => m.Subject == user.Subject) ? commission : null;
    }

    private static bool Fits(CommissionView commission, CaseView view) =>
        commission.CenterNumber == view.CenterNumber && (commission.Kind == CommissionKind.Examination || commission.CaseId == view.CaseId);
}
