namespace Platform.Frontend.Security;

/// <summary>
/// The Orleans dashboard is a browser page that cannot send an Authorization header, so under <c>/dashboard</c> the
/// bearer token is also accepted from this HttpOnly, SameSite=Strict cookie (set by the development sign-in, or by the
/// deployment's sign-in in front of the platform). Elsewhere only the header counts, so the API is not open to
/// cross-site requests riding on a cookie.
/// </summary>
public static class DashboardCookie
{
    public const string Name = "qrp_access";
    public const string PathPrefix = "/dashboard";

    public static void Append(HttpResponse response, string token, DateTimeOffset expires) =>
        response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = response.HttpContext.Request.IsHttps,
            Path = PathPrefix,
            Expires = expires,
        });

    /// <summary>The token of the cookie, for a dashboard request that has no Authorization header.</summary>
    public static string? TokenFor(HttpRequest request) =>
        request.Path.StartsWithSegments(PathPrefix) && !request.Headers.Authorization.Any()
            ? request.Cookies[Name]
            : null;
}
