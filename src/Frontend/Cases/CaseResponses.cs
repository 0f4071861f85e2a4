using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Problems;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>How an action's <see cref="CaseResult"/> answers over HTTP: 200 with the case, or its refusal (<see cref="RefusalResponses"/>).</summary>
internal static class CaseResponses
{
    public static Results<Ok<CaseView>, ProblemHttpResult> From(HttpContext context, CaseResult result)
    {
        return result.Refusal is { } refusal ? RefusalResponses.Conflict(context, refusal) : TypedResults.Ok(result.Case);
    }

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
}
