using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Proctoring;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>
/// The one door to a sitting over HTTP and the hubs: finds it, checks the caller may act on it in the capacity the
/// action needs (<see cref="SittingDoor"/>: their center's sitting, their own sitting, the proctoring stream its token
/// names), and runs the action with the caller as actor. Another center's or candidate's sitting answers 404, as if it
/// did not exist; a refused proctoring token answers 403.
/// </summary>
public sealed class SittingGate(IGrainFactory grains, CenterAccess centers, ProctoringTokens tokens)
{
    /// <summary>The header that carries the proctoring token of the sitting (issue 6).</summary>
    public const string TokenHeader = "X-Proctoring-Token";

    public async Task<Results<Ok<SittingView>, ProblemHttpResult>> ActAsync(
        string sittingId, SittingDoor door, PlatformUser user, HttpContext context, Func<IExamSessionGrain, Actor, Guid, Task<SittingResult>> action)
    {
        if (!CaseResponses.TryCommandId(context, out var commandId))
        {
            return CaseResponses.BadIdempotencyKey(context);
        }

        if (await EnterAsync(sittingId, door, user, context) is { } refused)
        {
            return refused;
        }

        return SittingResponses.From(context, await action(Sitting(sittingId), ActorOf(user, door), commandId));
    }

    /// <summary>Null when the caller may pass; else the 403/404 answer.</summary>
    public async Task<ProblemHttpResult?> EnterAsync(string sittingId, SittingDoor door, PlatformUser user, HttpContext context)
    {
        if (door == SittingDoor.Proctor && user.Has(Roles.ProctoringService)
            && await tokens.OpenStreamAsync(context.Request.Headers[TokenHeader], sittingId, context.RequestAborted) is { Accepted: false } check)
        {
            return SittingResponses.TokenRefused(context, check.Outcome.ToString());
        }

        var view = await FindAsync(sittingId);
        var decision = view is null ? AccessDecision.Hidden : await CheckAsync(view, door, user);
        return decision == AccessDecision.Allowed ? null : AccessProblems.For(context, decision);
    }

    /// <summary>The sitting, if there is one under this key.</summary>
    public async Task<SittingView?> FindAsync(string sittingId) =>
        sittingId.StartsWith(SittingKeys.Prefix, StringComparison.Ordinal) ? await Sitting(sittingId).Get() : null;

    /// <summary>Whether the caller may act on this sitting in this capacity (a proctoring service's token is checked apart).</summary>
    public async Task<AccessDecision> CheckAsync(SittingView view, SittingDoor door, PlatformUser user) => door switch
    {
        SittingDoor.Desk => AtDesk(user, view.CenterNumber),
        SittingDoor.Commission => InCommission(user, view.CenterNumber),
        SittingDoor.Candidate => await IsCandidateOfAsync(user, view) ? AccessDecision.Allowed : AccessDecision.Hidden,
        SittingDoor.CheckIn when user.Has(Roles.Candidate) => await IsCandidateOfAsync(user, view) ? AccessDecision.Allowed : AccessDecision.Hidden,
        SittingDoor.CheckIn => AtDesk(user, view.CenterNumber),
        SittingDoor.Proctor when user.Has(Roles.ProctoringService) => AccessDecision.Allowed,
        SittingDoor.Proctor => InCommission(user, view.CenterNumber),
        _ => centers.Check(user, view.CenterNumber, AccessIntent.Read),
    };

    public IExamSessionGrain Sitting(string sittingId) => GrainReferences.Get<IExamSessionGrain>(grains, sittingId);

    /// <summary>Center staff of the center, or an examination commission member of it (their token's center).</summary>
    public AccessDecision AtDesk(PlatformUser user, string center) =>
        user.IsCenterStaff ? centers.Check(user, center, AccessIntent.Change) : InCommission(user, center);

    public static Actor ActorOf(PlatformUser user, SittingDoor door)
    {
        string[] preferred = door switch
        {
            SittingDoor.Candidate => [Roles.Candidate],
            SittingDoor.Commission => [Roles.CommissionMember],
            SittingDoor.Proctor => [Roles.ProctoringService, Roles.CommissionMember],
            _ => [Roles.Candidate, Roles.Registrar, Roles.HeadOfCenter, Roles.CommissionMember, Roles.AppealCommissionMember, Roles.Operator],
        };
        return new Actor(user.Subject, preferred.FirstOrDefault(user.Has) ?? preferred[0], user.Center);
    }

    private static AccessDecision InCommission(PlatformUser user, string center) =>
        user.Has(Roles.CommissionMember) && string.Equals(user.Center, center, StringComparison.Ordinal)
            ? AccessDecision.Allowed
            : CenterAccess.OperatorOrHidden(user, AccessIntent.Change);

    private async Task<bool> IsCandidateOfAsync(PlatformUser user, SittingView view) =>
        user.CandidateKey is { } own && await grains.GetGrain<IApplicationGrain>(view.CaseId).Get() is { } registered && registered.CandidateKey == own;
}
