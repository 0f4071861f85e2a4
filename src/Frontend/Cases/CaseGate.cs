using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>
/// The one door to a case over HTTP: finds it, checks the caller may act on it (their own case, their center's,
/// their commission's — another's answers 404 as if it did not exist), and runs the action with the caller as actor.
/// </summary>
public sealed class CaseGate(IGrainFactory grains, CenterAccess centers)
{
    public static Actor ActorOf(PlatformUser user, string role) => new(user.Subject, role, user.Center);

    /// <summary>The case if the caller may read it; null (404) otherwise.</summary>
    public async Task<CaseView?> ReadAsync(string caseId, PlatformUser user)
    {
        if (!caseId.StartsWith("case-", StringComparison.Ordinal) || await grains.GetGrain<IApplicationGrain>(caseId).Get() is not { } view)
        {
            return null;
        }

        var own = user.CandidateKey is not null && user.CandidateKey == view.CandidateKey;
        return own || centers.Check(user, view.CenterNumber, AccessIntent.Read) == AccessDecision.Allowed ? view : null;
    }

    /// <summary>
    /// The case as the national operator's pages read it (<see cref="CenterAccess.NationalRead"/>): the operator's or an
    /// administrator's, read only; null (404) for anyone else or no such case.
    /// </summary>
    public async Task<CaseView?> ReadNationallyAsync(string caseId, PlatformUser user) =>
        CenterAccess.NationalRead(user, AccessIntent.Read) == AccessDecision.Allowed && caseId.StartsWith("case-", StringComparison.Ordinal)
            ? await grains.GetGrain<IApplicationGrain>(caseId).Get()
            : null;

    /// <summary>
    /// The candidate acts on their own case. The command id is the request's <c>Idempotency-Key</c>, or
    /// <paramref name="commandId"/> when a page's form carries it (made when the form was rendered, so a double submit is one command).
    /// </summary>
    public Task<Results<Ok<CaseView>, ProblemHttpResult>> AsCandidate(
        string caseId, PlatformUser user, HttpContext context, Func<IApplicationGrain, Actor, Guid, Task<CaseResult>> action, Guid? commandId = null) =>
        ActAsync(caseId, context, view => view.CandidateKey == user.CandidateKey ? AccessDecision.Allowed : AccessDecision.Hidden,
            ActorOf(user, Roles.Candidate), action, commandId);

    public Task<Results<Ok<CaseView>, ProblemHttpResult>> AsStaff(
        string center, string caseId, PlatformUser user, string role, HttpContext context,
        Func<IApplicationGrain, Actor, Guid, Task<CaseResult>> action) =>
        ActAsync(caseId, context, view => view.CenterNumber != center ? AccessDecision.Hidden : centers.Check(user, center, AccessIntent.Change),
            ActorOf(user, role), action);

    public async Task<Results<Ok<CaseView>, ProblemHttpResult>> ActAsync(
        string caseId, HttpContext context, Func<CaseView, AccessDecision> access, Actor actor,
        Func<IApplicationGrain, Actor, Guid, Task<CaseResult>> action, Guid? formCommandId = null)
    {
        var commandId = formCommandId ?? Guid.Empty;
        if (formCommandId is null && !CaseResponses.TryCommandId(context, out commandId))
        {
            return CaseResponses.BadIdempotencyKey(context);
        }

        var grain = grains.GetGrain<IApplicationGrain>(caseId);
        var view = caseId.StartsWith("case-", StringComparison.Ordinal) ? await grain.Get() : null;
        var decision = view is null ? AccessDecision.Hidden : access(view);
        if (decision != AccessDecision.Allowed)
        {
            return AccessProblems.For(context, decision);
        }

        return CaseResponses.From(context, await action(grain, actor, commandId));
    }
}
