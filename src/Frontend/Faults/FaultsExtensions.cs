using Microsoft.AspNetCore.SignalR;

namespace Platform.Frontend.Faults;

/// <summary>Issue 11, "faults look like faults": the frontend's side — 503 with Retry-After, reads retried.</summary>
public static class FaultsExtensions
{
    /// <summary>The HTTP answer (503) and the hubs' (issue 17: <see cref="HubFaultFilter"/>), with the sittings' outage windows.</summary>
    public static IServiceCollection AddPlatformFaults(this IServiceCollection services) =>
        services.AddExceptionHandler<FaultExceptionHandler>()
            .AddSingleton<OutageWindows>()
            .AddHostedService<OutageProbe>()
            .Configure<HubOptions>(options => options.AddFilter<HubFaultFilter>());

    /// <summary>Just before the endpoints, so a retried read passes authentication and the rate limits once.</summary>
    public static WebApplication UseIdempotentRetries(this WebApplication app)
    {
        app.UseMiddleware<IdempotentRetryMiddleware>();
        return app;
    }
}
