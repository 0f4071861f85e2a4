using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Procedure;
using Platform.Frontend.Problems;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>How an action's <see cref="CaseResult"/> answers over HTTP: 200 with the case, or 409 naming the rule.</summary>
internal static class CaseResponses
{
    public static Results<Ok<CaseView>, ProblemHttpResult> From(HttpContext context, CaseResult result)
    {
        if (result.Accepted)
        {
            return TypedResults.Ok(result.Case);
        }

        if (NotARuleOf(context, result.RefusedRule!, CaseMessages.ReasonOf(result.RefusalReason, result.RefusalReasonRu, result.RefusalReasonKk)) is { } notARule)
        {
            return notARule;
        }

        var problem = Problem.Create(context, StatusCodes.Status409Conflict, CaseMessages.Refused,
            CaseMessages.RefusedDetail(result.RefusedRule!, CaseMessages.ReasonOf(result.RefusalReason, result.RefusalReasonRu, result.RefusalReasonKk)));
        problem.ProblemDetails.Extensions["rule"] = result.RefusedRule;
        return problem;
    }

    /// <summary>
    /// A refusal that cites no rule of the law: an Idempotency-Key already used by someone else (409, naming no one and
    /// showing nothing of what it was used for) or a command with a part missing (400). Null for a refusal under a rule.
    /// </summary>
    public static ProblemHttpResult? NotARuleOf(HttpContext context, string rule, Wording reason) => rule switch
    {
        NotARule.CommandIdTaken => Problem.Create(context, StatusCodes.Status409Conflict, CaseMessages.IdempotencyKeyTaken, CaseMessages.IdempotencyKeyTakenDetail),
        NotARule.InvalidInput => Invalid(context, new Text(reason.En, reason.Ru, reason.Kk)),
        _ => null,
    };

    /// <summary>
    /// The command id of an action: the request's <c>Idempotency-Key</c> (a retry with the same key changes nothing),
    /// or a new one.
    /// </summary>
    public static bool TryCommandId(HttpContext context, out Guid commandId)
    {
        var header = context.Request.Headers["Idempotency-Key"].ToString();
        if (header.Length == 0)
        {
            commandId = Guid.NewGuid();
            return true;
        }

        return Guid.TryParse(header, out commandId);
    }

    public static ProblemHttpResult BadIdempotencyKey(HttpContext context) =>
        Problem.BadRequest(context, CaseMessages.InvalidIdempotencyKey, CaseMessages.InvalidIdempotencyKeyDetail);

    public static ProblemHttpResult Invalid(HttpContext context, string reason) =>
        Problem.BadRequest(context, CaseMessages.InvalidRequest, CaseMessages.InvalidRequestDetail(reason));

    public static ProblemHttpResult Invalid(HttpContext context, Text detail) =>
        Problem.BadRequest(context, CaseMessages.InvalidRequest, detail);

    /// <summary>A request refused under a rule, the reason in the request's language.</summary>
    public static ProblemHttpResult Invalid(HttpContext context, string rule, Wording reason)
    {
        var problem = Problem.BadRequest(context, CaseMessages.InvalidRequest, CaseMessages.RefusedDetail(rule, reason));
        problem.ProblemDetails.Extensions["rule"] = rule;
        return problem;
    }
}
