using Microsoft.AspNetCore.SignalR;
using Platform.Frontend.Sittings;

namespace Platform.Frontend.Faults;

/// <summary>
/// Issue 17, the hubs' 503: a hub call that meets a fault (<see cref="PlatformFaults.IsFault"/>: a silo gone, PostgreSQL
/// down) is refused with <see cref="Message"/>, which a client can tell from a refusal and send again a few seconds
/// later, rather than SignalR's "An unexpected error occurred", the hubs' 500. Anything else is left as it was: a bug
/// stays an unexpected error. A fault that may have moved a grain (<see cref="PlatformFaults.MayHaveMovedAGrain"/>: a
/// silo lost, not PostgreSQL down) also renews the live subscriptions at once (<see cref="LiveRenewal.FaultMet"/>): the
/// grain the call reached may live on another silo now, without its observers. A call of a connection bound to a
/// sitting also keeps that sitting's outage window (<see cref="OutageWindows"/>): a fault opens it, the next call first
/// has it credited (a fault of the credit is the call's).
/// </summary>
public sealed partial class HubFaultFilter(ILogger<HubFaultFilter> logger, LiveRenewal renewal, OutageWindows outages) : IHubFilter
{
    /// <summary>What the caller reads; the exam page and the proctoring service send the call again on it.</summary>
    public const string Message = "Unavailable: the platform cannot complete the call right now; send it again in a few seconds.";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var sitting = OutageWindows.SittingOf(invocationContext.Context);
        var arrived = outages.Clock.GetUtcNow();
        try
        {
            if (sitting is not null)
            {
                await outages.CreditAsync(sitting);
            }

            return await next(invocationContext);
        }
        catch (Exception fault) when (PlatformFaults.IsFault(fault))
        {
            if (sitting is not null)
            {
                outages.Refused(sitting, arrived);
            }

            // The exception's type and the hub method, not its message: a driver's text may quote data.
            LogFault(logger, fault.GetType().Name, invocationContext.Hub.GetType().Name, invocationContext.HubMethodName);
            if (PlatformFaults.MayHaveMovedAGrain(fault))
            {
                renewal.FaultMet();
            }

            throw new HubException(Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Fault} in {Hub}.{Method}: refused as unavailable.")]
    private static partial void LogFault(ILogger logger, string fault, string hub, string method);
}
