using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Rules;
using Platform.Frontend.Cases;
using Platform.Frontend.Problems;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>How an action's <see cref="SittingResult"/> answers over HTTP: 200 with the sitting, or its refusal (<see cref="RefusalResponses"/>).</summary>
internal static class SittingResponses
{
    public static Results<Ok<SittingView>, ProblemHttpResult> From(HttpContext context, SittingResult result)
    {
        return result is { Refusal: null, Sitting: { } sitting }
            ? TypedResults.Ok(sitting)
            : RefusalResponses.Conflict(context, result.Refusal ?? NoSitting);
    }

    /// <summary>P6: an answer with neither a sitting nor a refusal; there is no sitting to act on.</summary>
    private static readonly Refusal NoSitting = Refusal.Of(Rule.P6, "NoSitting");

    public static ProblemHttpResult TokenRefused(HttpContext context, string outcome) =>
        Problem.Create(context, StatusCodes.Status403Forbidden, SittingMessages.TokenRefused, SittingMessages.TokenRefusedDetail(outcome));
}
