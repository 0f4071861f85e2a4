using Microsoft.AspNetCore.Authentication;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Security;

/// <summary>
/// A request that matches no endpoint (and no static file, which are served before it) is answered 404 here, before
/// authentication: the fallback authorization policy is for endpoints, and a path that does not exist should not ask
/// for a sign-in (issue 11). A browser (<c>Accept: text/html</c>) gets a small page, an API client a ProblemDetails,
/// both in the caller's language.
/// </summary>
public sealed class UnknownPathMiddleware(RequestDelegate next, IAuthenticationSchemeProvider schemes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not null || await IsProviderCallbackAsync(context))
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

    /// <summary>
    /// The identity provider's returns (<c>/signin-oidc</c>, <c>/signout-callback-oidc</c>) are no endpoints: the
    /// authentication middleware after this one answers them, when the site signs in through a provider.
    /// </summary>
    private async Task<bool> IsProviderCallbackAsync(HttpContext context) =>
        Site.SiteAuthentication.ProviderPaths.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
        && await schemes.GetSchemeAsync(Site.SiteAuthentication.ProviderScheme) is not null;

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>The site's 404 page, in its layout: who is signed in still shows, so the session is read first.</summary>
    private static async Task WritePageAsync(HttpContext context)
    {
        if ((await context.AuthenticateAsync()).Principal is { } principal)
        {
            context.User = principal;
        }

        await Site.SiteEndpoints.WritePageAsync(context, StatusCodes.Status404NotFound);
    }
}
