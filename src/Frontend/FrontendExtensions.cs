using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Orleans.Configuration;
using Orleans.Dashboard;
using Platform.Frontend.Calendar;
using Platform.Frontend.Cases;
using Platform.Frontend.CoHosting;
using Platform.Frontend.Faults;
using Platform.Frontend.Health;
using Platform.Frontend.Security;
using Platform.Frontend.Security.KeyRing;
using Platform.Frontend.Site;
using Platform.Frontend.Sittings;
using Platform.Frontend.Telemetry;
using Platform.Frontend.Validation;
using Platform.Hosting;
using Platform.Silo;
using Scalar.AspNetCore;

namespace Platform.Frontend;

public static class FrontendExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>The frontend's services: the Orleans client (or a co-hosted silo, <see cref="CoHostedSilo"/>), OpenAPI, SignalR, health checks, ProblemDetails.</summary>
    public static WebApplicationBuilder AddPlatformFrontend(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var connectionString = PlatformDatabase.ConnectionString(configuration);

        if (CoHostedSilo.IsOn(configuration))
        {
            // A silo in this process (issue 16): its grain factory serves the hubs and the API, its data source the reads.
            builder.AddPlatformSilo();
        }
        else
        {
            builder.UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(options => PlatformCluster.Configure(options, configuration));
                client.UseAdoNetClustering(options =>
                {
                    options.Invariant = PlatformDatabase.Invariant;
                    options.ConnectionString = connectionString;
                });
                if (PlatformDashboard.IsEnabled(configuration))
                {
                    client.AddDashboard();
                }

                TelemetryExtensions.AddClientTelemetry(client, configuration);
            });
        }

        builder.Services.TryAddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        // The sign-in cookie's and the forms' keys, shared by every frontend through PostgreSQL (issue 17).
        builder.Services.AddPlatformKeyRing(configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CalendarSource>();
        builder.Services.AddProblemDetails();
        builder.Services.AddRequestValidation();
        builder.AddPlatformSite();
        builder.Services.AddPlatformFaults();
        builder.Services.AddOpenApi();
        builder.Services.AddSignalR();
        builder.Services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres", tags: [ReadyTag])
            .AddCheck<ClusterHealthCheck>("cluster", tags: [ReadyTag]);
        builder.AddPlatformSecurity();
        builder.AddCertificateServices();
        builder.AddCaseServices();
        builder.AddSittingServices();
        builder.AddFrontendTelemetry();
        return builder;
    }

    /// <summary>The frontend's endpoints: the site's pages, API, reference, health, dashboard, metrics and static files.</summary>
    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.UseCorrelation();
        app.UseRequestLanguage();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        // After static files, so the public pages are served without a token; before every endpoint.
        app.UsePlatformSecurity();
        app.UseSiteForms();
        app.UseIdempotentRetries();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api-reference", options => options.WithTitle("Qualification Recognition Platform API")).AllowAnonymous();

        // Live: the process answers. Ready: PostgreSQL is reachable and the cluster serves grain calls.
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();

        app.MapCalendarApi();
        app.MapCertificateApi();
        app.MapCasesApi();
        app.MapSittingsApi();
        app.MapPlatformSecurity();
        app.MapPlatformSite();
        Development.DevelopmentClockApi.MapDevelopmentClock(app);
        if (PlatformDashboard.IsEnabled(app.Configuration))
        {
            app.MapOrleansDashboard(routePrefix: "/dashboard").RequireAuthorization(Policies.Administrator);
        }

        app.MapMetrics();
        return app;
    }
}
