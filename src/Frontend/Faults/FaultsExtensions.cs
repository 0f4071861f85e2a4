namespace Platform.Frontend.Faults;

/// <summary>Issue 11, "faults look like faults": the frontend's side — 503 with Retry-After, reads retried.</summary>
public static class FaultsExtensions
{
    public static IServiceCollection AddPlatformFaults(this IServiceCollection services) =>
        services.AddExceptionHandler<FaultExceptionHandler>();

    /// <summary>Just before the endpoints, so a retried read passes authentication and the rate limits once.</summary>
    public static WebApplication UseIdempotentRetries(this WebApplication app)
    {
        app.UseMiddleware<IdempotentRetryMiddleware>();
        return app;
    }
}
