using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Platform.Frontend.Site;

/// <summary>
/// A form the site cannot accept as posted — its antiforgery token expired or is missing (the page stayed open past the
/// session, the cookie was dropped), or it names a form the page no longer has — is answered by Blazor with a bare 400
/// (plain text in Development). The person gets the site's own page instead (<c>/form-expired</c>), 400, in their
/// language, with a link back to the page the form was on. Nothing was changed, so the audit records nothing.
/// </summary>
public sealed class StaleForms(RequestDelegate next, IServiceScopeFactory scopes)
{
    /// <summary>Where the page's link leads: the address the form was posted to (its own page).</summary>
    public const string BackKey = "qrp.stale-form.back";

    private const string PagePath = "/form-expired";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
        {
            await next(context);
            return;
        }

        // A page's answer to a form is small: held until it is known to be the page, so a stale form's can be replaced.
        var body = context.Response.Body;
        await using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (IsStale(context) && !context.Response.HasStarted)
        {
            await WritePageAsync(context);
            return;
        }

        held.Position = 0;
        await held.CopyToAsync(body, context.RequestAborted);
    }

    /// <summary>A 400 that is not the page (a page answers invalid input with itself, as HTML), or a token that failed.</summary>
    private static bool IsStale(HttpContext context) =>
        context.Response.StatusCode == StatusCodes.Status400BadRequest
        && (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
            || context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true);

    private async Task WritePageAsync(HttpContext context)
    {
        var back = context.Request.Path + context.Request.QueryString;
        context.Response.Clear();
        context.Items[BackKey] = back.ToString();
        // The page that refused the form had begun with the request's services (its navigation state is set): the
        // stale-form page renders with services of its own, as a GET of its own address.
        var services = context.RequestServices;
        await using var scope = scopes.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = PagePath;
        context.Request.QueryString = QueryString.Empty;
        try
        {
            await SiteEndpoints.WritePageAsync(context, StatusCodes.Status400BadRequest);
        }
        finally
        {
            context.RequestServices = services;
        }
    }
}
