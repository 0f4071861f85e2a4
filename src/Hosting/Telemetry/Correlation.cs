using Microsoft.Extensions.Logging;

namespace Platform.Hosting.Telemetry;

/// <summary>
/// Issue 17: the correlation id of a request (the W3C trace id of the frontend's request activity), carried into grain
/// calls in Orleans' <c>RequestContext</c> under <see cref="RequestContextKey"/>, and written in every log line of the
/// request's work in either process as the scope value <see cref="ScopeName"/>. It names no person: 32 hex digits.
/// </summary>
public static class Correlation
{
    public const string RequestContextKey = "platform.correlation";

    public const string ScopeName = "CorrelationId";

    /// <summary>A log scope carrying the correlation id; every logger of the process writes it while the scope lasts.</summary>
    public static IDisposable? BeginScope(ILogger logger, string correlationId) =>
        logger.BeginScope(new KeyValuePair<string, object?>[] { new(ScopeName, correlationId) });
}
