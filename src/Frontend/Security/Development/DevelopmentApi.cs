using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Problems;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Limits;

namespace Platform.Frontend.Security.Development;

/// <summary>
/// DEVELOPMENT ONLY: tokens for the demo accounts, and a browser sign-in for the Orleans dashboard. Mapped only in the
/// Development environment when no external identity provider is configured (see <see cref="SecurityExtensions"/>).
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
            .WithSummary("DEVELOPMENT ONLY: signs a browser in as a demo account (HttpOnly cookie for /dashboard) and opens the dashboard.");
        return app;
    }

    private static Results<Ok<DevToken>, ProblemHttpResult> IssueToken(DevTokenRequest request, DemoAccounts accounts, DevelopmentTokenIssuer issuer, HttpContext context) =>
        accounts.Find(request.Account) is { } account
            ? TypedResults.Ok(issuer.Issue(account))
            : Problem.NotFound(context, Messages.UnknownAccount, Messages.UnknownAccountDetail(request.Account));

    private static Results<RedirectHttpResult, ProblemHttpResult> SignIn(string? account, DemoAccounts accounts, DevelopmentTokenIssuer issuer, HttpContext context)
    {
        if (accounts.Find(account) is not { } demo)
        {
            return Problem.NotFound(context, Messages.UnknownAccount, Messages.UnknownAccountDetail(account));
        }

        var token = issuer.Issue(demo);
        DashboardCookie.Append(context.Response, token.AccessToken, token.ExpiresAt);
        return TypedResults.LocalRedirect(DashboardCookie.PathPrefix + "/");
    }
}
