using Platform.Hosting.Telemetry;

namespace Platform.Silo.Telemetry;

/// <summary>
/// Issue 17: a grain call that carries a request's correlation id (set by the frontend's outgoing filter, and passed on
/// by Orleans to the calls a grain makes in turn) runs inside a log scope holding it, so every line the grain, its
/// storage and Orleans write while handling it names the request. Calls without one (reminders, timers) run as they are.
/// </summary>
public sealed class CorrelationIncomingFilter(ILoggerFactory loggers) : IIncomingGrainCallFilter
{
    private readonly ILogger _logger = loggers.CreateLogger("Platform.Correlation");

    public Task Invoke(IIncomingGrainCallContext context) =>
        RequestContext.Get(Correlation.RequestContextKey) is string correlationId ? InScopeAsync(context, correlationId) : context.Invoke();

    private async Task InScopeAsync(IIncomingGrainCallContext context, string correlationId)
    {
        using (Correlation.BeginScope(_logger, correlationId))
        {
            await context.Invoke();
        }
    }
}
