using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Faults;

/// <summary>
/// A fault (<see cref="PlatformFaults.IsFault"/>) is answered 503 with <c>Retry-After</c> and a ProblemDetails in the caller's
/// language, never a 500. Anything else is left to the default handler: a bug stays a 500, and is logged as one.
/// </summary>
public sealed partial class FaultExceptionHandler(ILogger<FaultExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!PlatformFaults.IsFault(exception) || context.Response.HasStarted)
        {
            return false;
        }

        // The exception's type and the route pattern, not its message or the path: a driver's text may quote data.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
        LogFault(logger, exception.GetType().Name, context.Request.Method, route);
        context.Response.Headers[HeaderNames.RetryAfter] = PlatformFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Problem.Create(context, StatusCodes.Status503ServiceUnavailable, FaultMessages.Unavailable, FaultMessages.UnavailableDetail)
            .ExecuteAsync(context);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Fault} on {Method} {Route}: answered 503.")]
    private static partial void LogFault(ILogger logger, string fault, string method, string route);
}
