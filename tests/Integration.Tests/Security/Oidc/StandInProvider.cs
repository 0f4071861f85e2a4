using System.Collections.Immutable;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Platform.Integration.Tests.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Platform.Integration.Tests.Security.Oidc;

/// <summary>
/// A stand-in for the national identity provider, in the test process: OpenIddict on plain HTTP over loopback, in its
/// degraded mode (no database: the clients are the few below, checked by custom handlers; codes and tokens are
/// self-contained, signed with an ephemeral key published in its JWKS). It serves the site's authorization code flow
/// with PKCE through a tiny login form where the tester picks a <see cref="StandInPerson"/>, and the resource owner
/// password flow for API clients, whose access tokens are for <see cref="PlatformAudience"/> — or, for
/// <see cref="OtherClient"/>, for another audience the platform must refuse.
/// </summary>
public sealed class StandInProvider : IAsyncDisposable
{
    public const string SiteClient = "qrp-site";
    public const string SiteSecret = "stand-in-site-secret";
    public const string ApiClient = "qrp-api-tests";
    public const string OtherClient = "other-app";
    public const string ClientSecret = "stand-in-api-secret";
    public const string PlatformAudience = "qualification-recognition";
    public const string OtherAudience = "other-app-api";
    public const string Password = "stand-in";
    public const string RolesScope = "roles";

    private readonly WebApplication _app;
    private Uri? _site;

    private StandInProvider(WebApplication app, Uri address) => (_app, Address) = (app, address);

    /// <summary>The issuer, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The site whose <c>/signin-oidc</c> and <c>/signout-callback-oidc</c> are the only redirects allowed.</summary>
    public Uri Site { set => _site = value; }

    public static async Task<StandInProvider> StartAsync()
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls(address.ToString().TrimEnd('/'));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        StandInProvider? provider = null;
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetIssuer(address)
                .SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetEndSessionEndpointUris("connect/end-session")
                .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                .AllowPasswordFlow()
                .RegisterScopes(Scopes.OpenId, Scopes.Profile, RolesScope)
                .AddEphemeralEncryptionKey().AddEphemeralSigningKey()
                .DisableAccessTokenEncryption()
                .EnableDegradedMode();
            options.UseAspNetCore()
                .DisableTransportSecurityRequirement()
                .EnableAuthorizationEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                provider!.CheckRedirect(context, context.ClientId, context.Request.RedirectUri, "/signin-oidc");
                return default;
            }));
            options.AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                provider!.CheckRedirect(context, context.Request.ClientId ?? SiteClient, context.Request.PostLogoutRedirectUri, "/signout-callback-oidc");
                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (SecretOf(context.ClientId) is not { } secret || context.Request.ClientSecret != secret)
                {
                    context.Reject(Errors.InvalidClient, "unknown client or wrong secret");
                }

                return default;
            }));
            options.AddEventHandler<HandleTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.Request.IsPasswordGrantType())
                {
                    var person = StandInPerson.All.FirstOrDefault(p => p.Subject == context.Request.Username);
                    if (person is null || context.Request.Password != Password || context.Request.ClientId == SiteClient)
                    {
                        context.Reject(Errors.InvalidGrant, "unknown person or wrong password");
                        return default;
                    }

                    var audience = context.Request.ClientId == OtherClient ? OtherAudience : PlatformAudience;
                    context.SignIn(Principal(person, context.Request.GetScopes(), audience));
                }

                return default;
            }));
        });

        var app = builder.Build();
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], new Func<HttpContext, Task<IResult>>(Authorize));
        app.MapMethods("/connect/end-session", [HttpMethods.Get, HttpMethods.Post], () => Results.SignOut(
            authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));
        provider = new StandInProvider(app, address);
        await app.StartAsync();
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string? SecretOf(string? client) => client switch
    {
        SiteClient => SiteSecret,
        ApiClient or OtherClient => ClientSecret,
        _ => null,
    };

    private void CheckRedirect(BaseValidatingContext context, string? client, string? redirect, string path)
    {
        if (client != SiteClient)
        {
            context.Reject(Errors.InvalidClient, "only the site signs people in here");
        }
        else if (_site is null || redirect != new Uri(_site, path).ToString())
        {
            context.Reject(Errors.InvalidRequest, $"redirect {redirect} is not registered");
        }
    }

    /// <summary>The login form (no password: the tester picks a person), then the code back to the site.</summary>
    private static async Task<IResult> Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("not an OpenID Connect request");
        var chosen = context.Request.HasFormContentType ? (await context.Request.ReadFormAsync())["person"].ToString() : null;
        if (StandInPerson.All.FirstOrDefault(p => p.Subject == chosen) is not { } person)
        {
            return Results.Content(LoginForm(request), "text/html; charset=utf-8");
        }

        return Results.SignIn(Principal(person, request.GetScopes(), PlatformAudience), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The platform's claims (sub, name, role as an array, center, candidate, commissions) for both tokens.</summary>
    private static ClaimsPrincipal Principal(StandInPerson person, ImmutableArray<string> scopes, string audience)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        // One claim per value: OpenIddict writes a type with several values as a JSON array.
        identity.SetClaim(Claims.Subject, person.Subject).SetClaim(Claims.Name, person.Name)
            .SetClaims(Claims.Role, [.. person.Roles])
            .SetClaim("center", person.Center).SetClaim("candidate", person.Candidate)
            .SetClaims("commissions", [.. person.Commissions ?? []]);
        identity.SetScopes(scopes).SetAudiences(audience).SetResources(audience);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }

    private static string LoginForm(OpenIddictRequest request)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Stand-in identity provider</title></head>");
        html.Append("<body><main><h1>Stand-in identity provider</h1><form method=\"post\" action=\"/connect/authorize\">");
        foreach (var (name, value) in request.GetParameters())
        {
            html.Append($"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(name)}\" value=\"{WebUtility.HtmlEncode((string?)value)}\">");
        }

        foreach (var person in StandInPerson.All)
        {
            html.Append($"<p><button type=\"submit\" name=\"person\" value=\"{person.Subject}\">{WebUtility.HtmlEncode(person.Name)}</button></p>");
        }

        return html.Append("</form></main></body></html>").ToString();
    }
}
