using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Platform.Frontend.Problems;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Limits;
using Platform.Frontend.Site;

namespace Platform.Frontend.Security.Development;

/// <summary>
/// DEVELOPMENT ONLY: tokens for the demo accounts, and the browser sign-in of the whole site as a demo account (one link
/// for people and tests). Mapped only in the Development environment when no external identity provider is configured
/// (see <see cref="SecurityExtensions"/>).
/// </summary>
public static class DevelopmentApi
{
    public static IEndpointRouteBuilder MapDevelopmentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/dev").WithTags("Development only").AllowAnonymous().RequireRateLimiting(RateLimits.Login);
        api.MapPost("/tokens", IssueToken)
            .WithSummary("DEVELOPMENT ONLY: a bearer token for a demo account of Security/demo-accounts.json.")
            .NotAudited("a development sign-in changes no case");
        api.MapGet("/sign-in", SignIn)
            .WithSummary("DEVELOPMENT ONLY: signs a browser in to the site as a demo account (the site's cookie) and opens returnUrl (a local path; the home page by default).");
        return app;
    }

    private static Results<Ok<DevToken>, ProblemHttpResult> IssueToken(DevTokenRequest request, DemoAccounts accounts, DevelopmentTokenIssuer issuer, HttpContext context) =>
        accounts.Find(request.Account) is { } account
            ? TypedResults.Ok(issuer.Issue(account))
            : Problem.NotFound(context, Messages.UnknownAccount, Messages.UnknownAccountDetail(request.Account));

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> SignIn(
        string? account, string? returnUrl, DemoAccounts accounts, DevelopmentTokenIssuer issuer,
        IOptions<PlatformAuthOptions> auth, IOptions<SiteSignInOptions> site, HttpContext context)
    {
        if (accounts.Find(account) is not { } demo)
        {
            return Problem.NotFound(context, Messages.UnknownAccount, Messages.UnknownAccountDetail(account));
        }

        var principal = SiteAuthentication.Principal(issuer.SessionClaims(demo, site.Value.NameClaim), auth.Value);
        await context.SignInAsync(SiteAuthentication.CookieScheme, principal);
        return TypedResults.LocalRedirect(SiteAddresses.LocalOrHome(returnUrl));
    }
}
