using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using System.Text.Json;
using Platform.Frontend.Problems;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Security.Limits;

/// <summary>
/// A request the server could not read — malformed JSON, unknown members (strict binding), a body over the limit —
/// is the client's error: 400 or 413 with a ProblemDetails a person reads, never a 500. The detail is fixed text,
/// never the parser's message, so nothing of the body is echoed.
/// </summary>
public sealed class BadRequestExceptionHandler(IOptions<InputLimitsOptions> options) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || context.Response.HasStarted)
        {
            return false;
        }

        if (bad.StatusCode != StatusCodes.Status413PayloadTooLarge && bad.InnerException is JsonException json)
        {
            // The member the reader stopped at (missing, null where a value is required, or of the wrong type).
            await TypedResults.Problem(ValidationExtensions.Unreadable(context, json)).ExecuteAsync(context);
            return true;
        }

        var problem = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? Problem.Create(context, bad.StatusCode, Messages.TooLarge, Messages.TooLargeDetail(options.Value.MaxRequestBodyBytes))
            : Problem.Create(context, StatusCodes.Status400BadRequest, Messages.MalformedRequest, Messages.MalformedRequestDetail);
        await problem.ExecuteAsync(context);
        return true;
    }
}
