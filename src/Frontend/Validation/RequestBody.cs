using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Frontend.Validation;

/// <summary>
/// The answer to a JSON body that is the literal <c>null</c>. An endpoint whose body type is a type parameter (the
/// generic helpers that map the staff and sitting actions) cannot tell the framework the body is required, so they
/// ask here; the answer is the same 400 as any other unreadable body.
/// </summary>
public static class RequestBody
{
    public static Task<Results<Ok<T>, ProblemHttpResult>> MissingAsync<T>(HttpContext context) =>
        Task.FromResult<Results<Ok<T>, ProblemHttpResult>>(TypedResults.Problem(ValidationExtensions.Unreadable(context, null)));
}
