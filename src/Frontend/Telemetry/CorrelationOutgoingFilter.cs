using System.Diagnostics;
using Platform.Hosting.Telemetry;

namespace Platform.Frontend.Telemetry;

/// <summary>
/// Issue 17: every grain call the frontend makes carries the correlation id of the request it serves (the trace id of
/// the current activity) in Orleans' <c>RequestContext</c>; the silo's incoming filter writes it into its log lines.
/// Set inside this call's own flow, so it never leaks into the caller's next call.
/// </summary>
public sealed class CorrelationOutgoingFilter : IOutgoingGrainCallFilter
{
    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            RequestContext.Set(Correlation.RequestContextKey, activity.TraceId.ToHexString());
        }

        return context.Invoke();
    }
}
