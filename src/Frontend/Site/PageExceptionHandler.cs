using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using Platform.Frontend.Faults;

namespace Platform.Frontend.Site;

/// <summary>
/// A page that fails shows the site's error page, never a stack trace: 503 with <c>Retry-After</c> for a fault (the
/// platform is briefly unavailable, nothing was lost), 500 for anything else (logged by the exception handler
/// middleware as the bug it is). API requests are left to the ProblemDetails handlers.
/// </summary>
public sealed class PageExceptionHandler(IServiceScopeFactory scopes) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (context.Response.HasStarted || !IsPageRequest(context.Request))
        {
            return false;
        }

        var fault = PlatformFaults.IsFault(exception);
        if (fault)
        {
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

    /// <summary>A browser asking for a page of the site (not the API, the hubs or a file).</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        !SiteAuthentication.IsApi(request.Path)
        && request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
