using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Security.Limits;

/// <summary>
/// The rate limits (issues 6 and 11). Named policies: <see cref="Login"/> per client address (a token must not lift
/// it) and <see cref="Ingest"/> per identity and sitting. The global limiter, for every other endpoint, is chained:
/// per token subject (<see cref="InputLimitsOptions.Subject"/>) and per client address
/// (<see cref="InputLimitsOptions.Address"/> for signed-in callers, the strict <see cref="InputLimitsOptions.Anonymous"/>
/// for the rest). A hub counts the requests that open a connection (negotiate, WebSocket upgrade), never the
/// invocations, which have their own per-stream limits. A refused request gets 429, a Retry-After header and a
/// ProblemDetails body in the caller's language.
/// </summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Ingest = "ingest";

    public static IServiceCollection AddPlatformRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Login, context => Window(context, "ip:" + Address(context), limits => limits.Login));
            options.AddPolicy(Ingest, context => Window(context, IdentityAndSitting(context), limits => limits.Ingest));
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(PerSubject),
                PartitionedRateLimiter.Create<HttpContext, string>(PerAddress));
            options.OnRejected = RejectAsync;
        });

    private static RateLimitPartition<string> PerSubject(HttpContext context) =>
        Counted(context) && Subject(context) is { } subject
            ? Bucket("sub:" + subject, Limits(context).Subject)
            : RateLimitPartition.GetNoLimiter("");

    private static RateLimitPartition<string> PerAddress(HttpContext context)
    {
        if (!Counted(context))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var limits = Limits(context);
        return Subject(context) is null
            ? Bucket("anon:" + Address(context), limits.Anonymous)
            : Bucket("ip:" + Address(context), limits.Address);
    }

    /// <summary>
    /// Whether the global limiter counts the request: not for an endpoint with a named policy of its own (sign-in,
    /// ingest), and on a hub only the requests that open a connection, not long polling's polls and sends.
    /// </summary>
    private static bool Counted(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<EnableRateLimitingAttribute>() is not null)
        {
            return false;
        }

        return metadata?.GetMetadata<HubMetadata>() is null
            || metadata.GetMetadata<NegotiateMetadata>() is not null
            || context.WebSockets.IsWebSocketRequest;
    }

    private static RateLimitPartition<string> Bucket(string key, BucketLimit limit) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ =>
        {
            // Refilled evenly: each second when there are more permits than seconds, else one permit at a time.
            var permits = Math.Max(1, limit.PermitLimit);
            var seconds = Math.Max(1, limit.Window.TotalSeconds);
            var perSecond = permits >= seconds;
            return new TokenBucketRateLimiterOptions
            {
                TokenLimit = permits,
                TokensPerPeriod = perSecond ? (int)Math.Ceiling(permits / seconds) : 1,
                ReplenishmentPeriod = perSecond ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(seconds / permits),
                QueueLimit = 0,
            };
        });

    private static RateLimitPartition<string> Window(HttpContext context, string key, Func<InputLimitsOptions, WindowLimit> select)
    {
        var limit = select(Limits(context));
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });
    }

    private static InputLimitsOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<InputLimitsOptions>>().Value;

    /// <summary>The token's subject, or null for a caller without a valid token.</summary>
    private static string? Subject(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.Identity.Name is { Length: > 0 } subject ? subject : null;

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The caller's identity (the token's subject, or the client address when anonymous) and the sitting.</summary>
    private static string IdentityAndSitting(HttpContext context)
    {
        var key = Subject(context) is { } subject ? "sub:" + subject : "ip:" + Address(context);
        return context.Request.RouteValues.TryGetValue("sittingId", out var sitting) ? key + "/" + sitting : key;
    }

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
