using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Development;
using Platform.Frontend.Security.Limits;
using Platform.Frontend.Security.Personal;
using Platform.Frontend.Security.Proctoring;
using Platform.Frontend.Security.Secrets;
using Platform.Frontend.Security.Uploads;
using Platform.Frontend.Site;

namespace Platform.Frontend.Security;

/// <summary>
/// The security layer of issue 6, wired in three calls: <see cref="AddPlatformSecurity"/> (services),
/// <see cref="UsePlatformSecurity"/> (middleware, after static files so the public pages stay public) and
/// <see cref="MapPlatformSecurity"/> (the audit API, and the development issuer in Development).
/// </summary>
public static class SecurityExtensions
{
    public static WebApplicationBuilder AddPlatformSecurity(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;
        SecretsBootstrap.Ensure(configuration, builder.Environment);
        var secrets = PlatformSecrets.From(configuration);
        var auth = configuration.GetSection(PlatformAuthOptions.Section).Get<PlatformAuthOptions>() ?? new PlatformAuthOptions();
        if (auth.UsesDevelopmentIssuer && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"The platform cannot start: {PlatformAuthOptions.Section}:Authority (the OpenID Connect identity provider) is required outside Development.");
        }

        if (auth.ClockSkew < TimeSpan.Zero || auth.ClockSkew > PlatformAuthOptions.MaxClockSkew)
        {
            throw new InvalidOperationException(
                $"The platform cannot start: {PlatformAuthOptions.Section}:ClockSkew must be between 0 and {PlatformAuthOptions.MaxClockSkew.TotalSeconds} seconds.");
        }

        services.Configure<PlatformAuthOptions>(configuration.GetSection(PlatformAuthOptions.Section));
        services.Configure<InputLimitsOptions>(configuration.GetSection(InputLimitsOptions.Section));
        services.Configure<ProctoringTokenOptions>(configuration.GetSection(ProctoringTokenOptions.Section));
        services.Configure<UploadOptions>(configuration.GetSection(UploadOptions.Section));
        services.AddSingleton(secrets);
        AddResourceServices(services, builder.Environment.IsDevelopment() && auth.UsesDevelopmentIssuer);

        var site = configuration.GetSection(SiteSignInOptions.Section).Get<SiteSignInOptions>() ?? new SiteSignInOptions();
        if (!auth.UsesDevelopmentIssuer && string.IsNullOrWhiteSpace(site.ClientId))
        {
            throw new InvalidOperationException(
                $"The platform cannot start: {SiteSignInOptions.Section}:ClientId (the web site's client at the identity provider) is required with {PlatformAuthOptions.Section}:Authority.");
        }

        services.Configure<SiteSignInOptions>(configuration.GetSection(SiteSignInOptions.Section));
        services.AddPlatformSchemes(auth, site)
            .AddJwtBearer(options => ConfigureBearer(options, auth, secrets));
        services.AddAuthorization(PlatformPolicies.Add);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        AddInputLimits(services);
        return builder;
    }

    /// <summary>
    /// 404 for a path that matches nothing, authentication, rate limits (after authentication, to count per subject;
    /// before authorization, so refused callers are counted too), authorization, body limits and the audit of
    /// changes, in that order.
    /// </summary>
    public static WebApplication UsePlatformSecurity(this WebApplication app)
    {
        app.UseMiddleware<UnknownPathMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseMiddleware<AuditMiddleware>();
        return app;
    }

    public static WebApplication MapPlatformSecurity(this WebApplication app)
    {
        app.MapAuditApi();
        var auth = app.Services.GetRequiredService<IOptions<PlatformAuthOptions>>().Value;
        if (app.Environment.IsDevelopment() && auth.UsesDevelopmentIssuer)
        {
            app.MapDevelopmentApi();
        }

        return app;
    }

    private static void AddResourceServices(IServiceCollection services, bool developmentIssuer)
    {
        services.AddSingleton<IinProtector>();
        services.AddSingleton<IProctoringTokenLedger, PostgresProctoringTokenLedger>();
        services.AddSingleton<ProctoringTokens>();
        services.AddSingleton<IAuditLog, PostgresAuditLog>();
        services.AddSingleton<CenterAccess>();
        services.AddSingleton<CandidateAccess>();
        services.AddSingleton<CommissionAccess>();
        services.AddSingleton<UploadStore>();
        services.AddSingleton<UploadLedger>();
        if (developmentIssuer)
        {
            services.AddSingleton<DemoAccounts>();
            services.AddSingleton<DevelopmentTokenIssuer>();
        }
    }

    private static void ConfigureBearer(JwtBearerOptions options, PlatformAuthOptions auth, PlatformSecrets secrets)
    {
        // Claims keep the provider's names (sub, role, center), read through PlatformAuthOptions, not .NET's long URIs.
        options.MapInboundClaims = false;
        options.TokenValidationParameters.NameClaimType = auth.SubjectClaim;
        options.TokenValidationParameters.RoleClaimType = auth.RoleClaim;
        options.TokenValidationParameters.ValidAudience = auth.Audience;
        options.TokenValidationParameters.ClockSkew = auth.ClockSkew;
        if (auth.UsesDevelopmentIssuer)
        {
            options.TokenValidationParameters.ValidIssuer = DevelopmentTokenIssuer.Issuer;
            options.TokenValidationParameters.IssuerSigningKey = DevelopmentTokenIssuer.SigningKey(secrets);
        }
        else
        {
            options.Authority = auth.Authority;
            options.Audience = auth.Audience;
            options.RequireHttpsMetadata = auth.RequireHttpsMetadata;
        }
    }

    private static void AddInputLimits(IServiceCollection services)
    {
        services.AddPlatformRateLimits();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Strict binding: a member the contract does not know is an error, not silently dropped.
        services.Configure<JsonOptions>(options => options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow);
        // Binding failures become BadHttpRequestException in every environment, answered as ProblemDetails.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
    }
}
