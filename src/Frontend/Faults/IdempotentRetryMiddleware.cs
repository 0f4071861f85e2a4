namespace Platform.Frontend.Faults;

/// <summary>
/// Tries a GET or HEAD again when it met a fault before anything was sent: reads are safe to repeat, and a silo's
/// failover or a dropped pooled connection usually heals within a second or two. Bounded — <see cref="Delays"/> —
/// and cancelled with the request; the last fault goes on to <see cref="FaultExceptionHandler"/> (503). Commands are
/// never repeated here: whether one took effect is for its caller (and its Idempotency-Key) to settle.
/// </summary>
public sealed partial class IdempotentRetryMiddleware(RequestDelegate next, ILogger<IdempotentRetryMiddleware> logger)
{
    /// <summary>The waits before the second and third tries: three tries within about two seconds.</summary>
    private static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(900)];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            await next(context);
            return;
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await next(context);
                return;
            }
            catch (Exception exception) when (attempt < Delays.Length && PlatformFaults.IsFault(exception)
                && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                LogRetry(logger, exception.GetType().Name, attempt + 2);
                await Task.Delay(Delays[attempt], context.RequestAborted);
                // Whatever the failed try set (a status, a header) is not the answer of the next one.
                context.Response.Clear();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Fault} on a read; try {Attempt} of 3.")]
    private static partial void LogRetry(ILogger logger, string fault, int attempt);
}
