using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Rules;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Cases;

/// <summary>
/// The one place a <see cref="Refusal"/> is worded over HTTP: a refusal under the Rules is a 409 (400 for a request
/// that cannot be taken as sent) whose <c>rule</c> is the rule's id, titled <see cref="CaseMessages.Refused"/>, its detail
/// the rule cited in words and the message, both in the caller's language. The platform's own checks cite nothing: invalid
/// input is a 400, a command id taken by someone else a 409 over the Idempotency-Key that shows nothing of its use.
/// </summary>
internal static class RefusalResponses
{
    /// <summary>An action refused: 409 naming the rule (or the platform's answer to its own checks).</summary>
    public static ProblemHttpResult Conflict(HttpContext context, Refusal refusal) =>
        OfThePlatform(context, refusal) ?? WithRule(
            Problem.Create(context, StatusCodes.Status409Conflict, CaseMessages.Refused, CaseMessages.RefusedDetail(refusal)), refusal);

    /// <summary>A request that cannot be taken as sent under a rule (a commission's composition, its votes): 400 naming the rule.</summary>
    public static ProblemHttpResult BadRequest(HttpContext context, Refusal refusal) =>
        OfThePlatform(context, refusal) ?? WithRule(
            Problem.BadRequest(context, CaseMessages.InvalidRequest, CaseMessages.RefusedDetail(refusal)), refusal);

    private static ProblemHttpResult? OfThePlatform(HttpContext context, Refusal refusal) =>
        refusal.Rule == Rule.CommandIdTaken
            ? Problem.Create(context, StatusCodes.Status409Conflict, CaseMessages.IdempotencyKeyTaken, CaseMessages.IdempotencyKeyTakenDetail)
            : refusal.Rule == Rule.InvalidInput
                ? Problem.BadRequest(context, CaseMessages.InvalidRequest, new Text(refusal.In("en"), refusal.In("ru"), refusal.In("kk")))
                : null;

    private static ProblemHttpResult WithRule(ProblemHttpResult problem, Refusal refusal)
    {
        problem.ProblemDetails.Extensions["rule"] = refusal.Rule.Id;
        return problem;
    }
}
