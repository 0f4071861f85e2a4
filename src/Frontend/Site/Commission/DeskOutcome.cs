using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Frontend.Site.Commission;

/// <summary>
/// What a staff form's action came to, as the page shows it: done, refused (the refusal worded in the page language with
/// the rule cited, exactly as the HTTP API words it), or hidden (someone else's case or commission: the page answers 404).
/// </summary>
/// <param name="Status">The status the page answers with: 200 done, 409 refused under the Rules, 400 invalid, 404 hidden, 403 forbidden.</param>
/// <param name="Message">The refusal's detail in the page language; null when done.</param>
/// <param name="Rule">The rule the refusal cites (P17, P21-1…), if any.</param>
public sealed record DeskOutcome(int Status, string? Message, string? Rule) : IFormOutcome
{
    public static DeskOutcome Done { get; } = new(StatusCodes.Status200OK, null, null);

    public bool Succeeded => Status == StatusCodes.Status200OK;

    public bool Hidden => Status == StatusCodes.Status404NotFound;

    /// <summary>
    /// The answer of an API service, for a page. A refusal under a rule is a 409 on a page (the audit middleware records
    /// every 2xx post as a change, so a refusal is never 2xx), whatever status the API gives the same refusal.
    /// </summary>
    public static DeskOutcome From<T>(HttpContext context, Results<Ok<T>, ProblemHttpResult> result)
    {
        if (result.Result is not ProblemHttpResult problem)
        {
            return Done;
        }

        var rule = problem.ProblemDetails.Extensions.TryGetValue("rule", out var cited) ? cited?.ToString() : null;
        var status = rule is not null ? StatusCodes.Status409Conflict : problem.StatusCode;
        return Answer(context, new DeskOutcome(status, problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title, rule));
    }

    /// <summary>An outcome decided by the page itself (invalid input named at its field), with its status set on the response.</summary>
    public static DeskOutcome Answer(HttpContext context, DeskOutcome outcome)
    {
        if (!context.Response.HasStarted)
        {
            context.Response.StatusCode = outcome.Status;
        }

        return outcome;
    }

    public static DeskOutcome Invalid(HttpContext context, string message) =>
        Answer(context, new DeskOutcome(StatusCodes.Status400BadRequest, message, null));
}
