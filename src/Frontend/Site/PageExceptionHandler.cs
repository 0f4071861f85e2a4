using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using Platform.Frontend.Faults;

namespace Platform.Frontend.Site;

/// <summary>
/// A page that fails shows the site's error page, never a stack trace: 503 with <c>Retry-After</c> for a fault (the
/// platform is briefly unavailable, nothing was lost), 500 for anything else. Both are logged here: since .NET 10 the
/// exception handler middleware says nothing of an exception an <see cref="IExceptionHandler"/> handled, so a page's
/// bug would otherwise leave no trace. API requests are left to the ProblemDetails handlers.
/// </summary>
public sealed partial class PageExceptionHandler(IServiceScopeFactory scopes, ILogger<PageExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted || !IsPageRequest(context.Request))
        {
            return false;
        }

        // The route pattern, not the path: a path may hold a case's or a sitting's id.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(no endpoint)";
        var fault = PlatformFaults.IsFault(exception);
        if (!fault)
        {
            LogBug(logger, exception, route);
        }
        else
        {
            // The exception's type, not its message: a driver's text may quote data.
            LogFault(logger, exception.GetType().Name, route);
            context.Response.Headers[HeaderNames.RetryAfter] = PlatformFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // The failed page had begun rendering with the request's services (its navigation state is set): the error page
        // renders with services of its own.
        var services = context.RequestServices;
        await using var scope = scopes.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        context.Request.Path = "/error";
        try
        {
            await SiteEndpoints.WritePageAsync(context, fault ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError);
        }
        finally
        {
            context.RequestServices = services;
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The page {Route} failed: answered 500.")]
    private static partial void LogBug(ILogger logger, Exception exception, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Fault} on the page {Route}: answered 503.")]
    private static partial void LogFault(ILogger logger, string fault, string route);

    /// <summary>A browser asking for a page of the site (not the API, the hubs or a file).</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        !SiteAuthentication.IsApi(request.Path)
        && request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
