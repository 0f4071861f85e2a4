using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Security.Access;

/// <summary>The ProblemDetails answer of a refused resource check: 404 for a hidden resource, 403 for a refused change.</summary>
public static class AccessProblems
{
    public static ProblemHttpResult For(HttpContext context, AccessDecision decision) => decision switch
    {
        AccessDecision.Forbidden => Problem.Create(context, StatusCodes.Status403Forbidden, Messages.Forbidden, Messages.ForbiddenDetail),
        AccessDecision.Hidden => Problem.NotFound(context, Messages.NotFound, Messages.NotFoundDetail),
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "An allowed access has no problem to answer."),
    };
}
