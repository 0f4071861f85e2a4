using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.IdentityModel.Tokens;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Security;

/// <summary>
/// 401 and 403 of the authorization middleware as ProblemDetails in the caller's language (issue 11), like every other
/// refusal. The default handler challenges or forbids first, so the bearer scheme's <c>WWW-Authenticate</c> header
/// (with <c>error="invalid_token"</c> for an expired token) stays on the 401; only the body is added.
/// </summary>
public sealed class AuthorizationProblems : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        await _default.HandleAsync(next, context, policy, authorizeResult);
        if (context.Response.HasStarted || authorizeResult.Succeeded || IsSitePage(context.Request))
        {
            return;
        }

        if (authorizeResult.Challenged)
        {
            // The handler keeps this request's result, so asking again costs nothing and tells why the token failed.
            var authentication = await context.AuthenticateAsync();
            await Problem.Create(context, StatusCodes.Status401Unauthorized, Messages.Unauthorized, UnauthorizedDetail(authentication.Failure))
                .ExecuteAsync(context);
        }
        else if (authorizeResult.Forbidden)
        {
            // The operator's attempted change has its own wording; any other refusal is the role's.
            var operatorChange = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<OperatorChangesNothing>().Any() == true;
            await Problem.Create(context, StatusCodes.Status403Forbidden, Messages.Forbidden,
                operatorChange ? Messages.ForbiddenDetail : Messages.ForbiddenRoleDetail).ExecuteAsync(context);
        }
    }

    /// <summary>A page of the site signed in by its cookie: the cookie scheme has sent the browser to the sign-in page.</summary>
    private static bool IsSitePage(HttpRequest request) =>
        !Site.SiteAuthentication.IsApi(request.Path) && request.Headers.Authorization.Count == 0;

    private static Text UnauthorizedDetail(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => Messages.TokenExpiredDetail,
        null => Messages.UnauthorizedDetail,
        _ => Messages.TokenInvalidDetail,
    };
}
