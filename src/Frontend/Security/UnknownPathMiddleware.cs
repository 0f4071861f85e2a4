using System.Net;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Security;

/// <summary>
/// A request that matches no endpoint (and no static file, which are served before it) is answered 404 here, before
/// authentication: the fallback authorization policy is for endpoints, and a path that does not exist should not ask
/// for a sign-in (issue 11). A browser (<c>Accept: text/html</c>) gets a small page, an API client a ProblemDetails,
/// both in the caller's language.
/// </summary>
public sealed class UnknownPathMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not null)
        {
            await next(context);
            return;
        }

        if (WantsHtml(context.Request))
        {
            await WritePageAsync(context);
            return;
        }

        await Problem.Create(context, StatusCodes.Status404NotFound, Messages.NotFound, Messages.UnknownAddressDetail).ExecuteAsync(context);
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static Task WritePageAsync(HttpContext context)
    {
        var language = Problem.Language(context);
        string Say(Text text) => WebUtility.HtmlEncode(text.In(language));
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!doctype html>
            <html lang="{language}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Say(Messages.NotFound)}</title><link rel="stylesheet" href="/site.css"></head>
            <body><main><h1>{Say(Messages.NotFound)}</h1><p>{Say(Messages.UnknownAddressDetail)}</p><p><a href="/">{Say(Messages.HomePage)}</a></p></main></body>
            </html>
            """, context.RequestAborted);
    }
}
