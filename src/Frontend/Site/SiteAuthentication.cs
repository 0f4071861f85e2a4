using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Platform.Frontend.Security;

namespace Platform.Frontend.Site;

/// <summary>
/// One sign-in for two kinds of client. The API and hubs take a bearer token when the request carries one; a browser
/// carries the site's cookie (HttpOnly, SameSite=Lax, so another site can neither read it nor post with it), got from
/// the identity provider through OpenID Connect — or, in Development, from the demo accounts' sign-in link.
/// </summary>
public static class SiteAuthentication
{
    /// <summary>The default scheme: picks the bearer token or the cookie for each request.</summary>
    public const string Scheme = "platform";

    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public const string ProviderScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public const string CookieName = "qrp_session";

    public const string SignInPath = "/sign-in";

    /// <summary>Where the provider sends the browser back: after sign-in, after sign-out, and its own sign-out call.</summary>
    public static readonly PathString[] ProviderPaths = ["/signin-oidc", "/signout-callback-oidc", "/signout-oidc"];

    public static AuthenticationBuilder AddPlatformSchemes(this IServiceCollection services, PlatformAuthOptions auth, SiteSignInOptions site)
    {
        var builder = services.AddAuthentication(options =>
        {
            options.DefaultScheme = Scheme;
            options.DefaultChallengeScheme = Scheme;
        });
        builder.AddPolicyScheme(Scheme, "Bearer token or site cookie", options => options.ForwardDefaultSelector = Select);
        builder.AddCookie(CookieScheme, options => ConfigureCookie(options, site));
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<IDataProtectionProvider>((options, protection) =>
            options.TicketDataFormat = new CookieTicketFormat(protection.CreateProtector(CookieTicketFormat.Purpose, CookieScheme, "v2")));
        if (!auth.UsesDevelopmentIssuer)
        {
            builder.AddOpenIdConnect(ProviderScheme, options => ConfigureProvider(options, auth, site));
        }

        return builder;
    }

    /// <summary>True for the machine side of the platform: the API, its documents, the hubs and the metrics (issue 17).</summary>
    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/openapi")
        || path.StartsWithSegments(Telemetry.MetricsSettings.Path);

    /// <summary>
    /// A bearer token when the request has one; otherwise the cookie, except that an API request without the cookie
    /// is challenged as a bearer client (401 with <c>WWW-Authenticate: Bearer</c>, not a redirect to a page).
    /// </summary>
    private static string Select(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0)
        {
            return JwtBearerDefaults.AuthenticationScheme;
        }

        return IsApi(context.Request.Path) && !context.Request.Cookies.ContainsKey(CookieName)
            ? JwtBearerDefaults.AuthenticationScheme
            : CookieScheme;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions options, SiteSignInOptions site)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = site.IdleTimeout;
        options.SlidingExpiration = true;
        options.LoginPath = SignInPath;
        options.AccessDeniedPath = SignInPath;
        options.ReturnUrlParameter = "returnUrl";
        options.Events.OnRedirectToLogin = context => RedirectOrAnswer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => RedirectOrAnswer(context, StatusCodes.Status403Forbidden);
    }

    /// <summary>A page is sent to the sign-in page; the API answers with the status, its body written by <see cref="AuthorizationProblems"/>.</summary>
    private static Task RedirectOrAnswer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request.Path))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            var denied = status == StatusCodes.Status403Forbidden;
            context.Response.Redirect(denied ? QueryString(context.RedirectUri, "denied", "1") : context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static string QueryString(string uri, string name, string value) =>
        uri + (uri.Contains('?') ? "&" : "?") + name + "=" + value;

    private static void ConfigureProvider(OpenIdConnectOptions options, PlatformAuthOptions auth, SiteSignInOptions site)
    {
        options.Authority = auth.Authority;
        options.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        options.ClientId = site.ClientId ?? throw new InvalidOperationException(
            $"The platform cannot start: {SiteSignInOptions.Section}:ClientId (the site's client at the identity provider) is required outside Development.");
        options.ClientSecret = site.ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        // The code comes back in the query of a top-level GET, not a cross-site form post: the correlation and nonce
        // cookies can then be SameSite=Lax like the session's, and are not dropped by the browser where the site is
        // reached over plain HTTP (the library's SameSite=None needs Secure; found by the stand-in provider's test).
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }

        options.SignInScheme = CookieScheme;
        options.SaveTokens = false;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        options.Scope.Clear();
        options.Scope.Add(OpenIdConnectScope.OpenId);
        options.Scope.Add("profile");
        foreach (var scope in site.Scopes)
        {
            options.Scope.Add(scope);
        }

        // The platform's claims keep the provider's names (read through PlatformAuthOptions); the subject names the
        // session for the rate limits, as a bearer token's does.
        options.TokenValidationParameters.NameClaimType = auth.SubjectClaim;
        options.TokenValidationParameters.RoleClaimType = auth.RoleClaim;
        options.TokenValidationParameters.ClockSkew = auth.ClockSkew;
        options.CallbackPath = ProviderPaths[0];
        options.SignedOutCallbackPath = ProviderPaths[1];
        options.RemoteSignOutPath = ProviderPaths[2];
    }

    /// <summary>A site identity with the platform's claim names: the subject as its name, roles as its role claim.</summary>
    public static ClaimsPrincipal Principal(IEnumerable<Claim> claims, PlatformAuthOptions auth) =>
        new(new ClaimsIdentity(claims, CookieScheme, auth.SubjectClaim, auth.RoleClaim));
}
