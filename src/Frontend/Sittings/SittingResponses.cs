using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Cases;
using Platform.Frontend.Problems;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>How an action's <see cref="SittingResult"/> answers over HTTP: 200 with the sitting, or 409 naming the rule.</summary>
internal static class SittingResponses
{
    public static Results<Ok<SittingView>, ProblemHttpResult> From(HttpContext context, SittingResult result)
    {
        if (result.Accepted && result.Sitting is { } sitting)
        {
            return TypedResults.Ok(sitting);
        }

        if (result.RefusedRule is { } rule
            && CaseResponses.NotARuleOf(context, rule, CaseMessages.ReasonOf(result.RefusalReason, result.RefusalReasonRu, result.RefusalReasonKk)) is { } notARule)
        {
            return notARule;
        }

        var problem = Problem.Create(context, StatusCodes.Status409Conflict, CaseMessages.Refused,
            CaseMessages.RefusedDetail(result.RefusedRule ?? "P6", CaseMessages.ReasonOf(result.RefusalReason, result.RefusalReasonRu, result.RefusalReasonKk)));
        problem.ProblemDetails.Extensions["rule"] = result.RefusedRule;
        return problem;
    }

    public static ProblemHttpResult TokenRefused(HttpContext context, string outcome) =>
        Problem.Create(context, StatusCodes.Status403Forbidden, SittingMessages.TokenRefused, SittingMessages.TokenRefusedDetail(outcome));
}
