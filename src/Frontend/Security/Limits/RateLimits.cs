using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Security.Limits;

/// <summary>
/// The named rate-limit policies (issue 6): <see cref="Login"/> and <see cref="Ingest"/>, partitioned per identity —
/// the token's subject, or the client address for an anonymous caller. A refused request gets 429, a Retry-After
/// header and a ProblemDetails body.
/// </summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Ingest = "ingest";

    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Login, context => Partition(context, limits => limits.Login, includeSitting: false));
            options.AddPolicy(Ingest, context => Partition(context, limits => limits.Ingest, includeSitting: true));
            options.OnRejected = RejectAsync;
        });

    private static RateLimitPartition<string> Partition(HttpContext context, Func<InputLimitsOptions, WindowLimit> select, bool includeSitting)
    {
        var limit = select(context.RequestServices.GetRequiredService<IOptions<InputLimitsOptions>>().Value);
        var key = Identity(context);
        if (includeSitting && context.Request.RouteValues.TryGetValue("sittingId", out var sitting))
        {
            key += "/" + sitting;
        }

        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });
    }

    /// <summary>The caller's identity: the token's subject, or the client address when anonymous.</summary>
    private static string Identity(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.Identity.Name is { Length: > 0 } subject
            ? "sub:" + subject
            : "ip:" + context.Connection.RemoteIpAddress;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancel)
    {
        var http = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Problem.Create(http, StatusCodes.Status429TooManyRequests, Messages.TooManyRequests, Messages.TooManyRequestsDetail(seconds))
            .ExecuteAsync(http);
    }
}
