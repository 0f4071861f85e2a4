using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Platform.Frontend.Security;
using Platform.Frontend.Site.Components;

namespace Platform.Frontend.Site;

/// <summary>The site's own endpoints besides its pages: sign-in through the provider, sign-out, the old addresses.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapLanguageSwitch();
        var auth = app.ServiceProvider.GetRequiredService<IOptions<PlatformAuthOptions>>().Value;
        if (!auth.UsesDevelopmentIssuer)
        {
            app.MapGet("/sign-in/provider", (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = SiteAddresses.LocalOrHome(returnUrl) },
                [SiteAuthentication.ProviderScheme])).AllowAnonymous().ExcludeFromDescription();
        }

        app.MapPost("/sign-out", SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/verify.html", (HttpContext context) => Results.Redirect(SiteAddresses.Verify + context.Request.QueryString, permanent: true))
            .AllowAnonymous().ExcludeFromDescription();
        // The old exam client asked for a sitting id; the exam is now reached from the case, in the portal.
        app.MapGet("/sitting.html", () => Results.Redirect(SiteAddresses.Portal)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Ends the site's session (the form carries the antiforgery token, so another site cannot sign a person out) and,
    /// with an identity provider, the provider's session too.
    /// </summary>
    private static async Task<IResult> SignOutAsync([FromForm] string? returnUrl, HttpContext context, IOptions<PlatformAuthOptions> auth)
    {
        await context.SignOutAsync(SiteAuthentication.CookieScheme);
        var target = SiteAddresses.LocalOrHome(returnUrl);
        return auth.Value.UsesDevelopmentIssuer || context.User.Identity?.IsAuthenticated != true
            ? Results.LocalRedirect(target)
            : Results.SignOut(new AuthenticationProperties { RedirectUri = target }, [SiteAuthentication.ProviderScheme]);
    }

    /// <summary>The page of <paramref name="status"/> (404 or the error page) in the site's layout, for a browser.</summary>
    public static Task WritePageAsync(HttpContext context, int status) =>
        new RazorComponentResult<App> { StatusCode = status }.ExecuteAsync(context);
}
