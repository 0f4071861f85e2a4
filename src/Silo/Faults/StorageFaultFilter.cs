using Microsoft.Extensions.Logging;

namespace Platform.Silo.Faults;

/// <summary>
/// Every grain call's way out: a storage exception thrown by a grain method (a state write, a projection, an event log)
/// leaves the silo as <see cref="StorageFaults.Translate"/> says, and is logged here by type and SQLSTATE only.
/// </summary>
public sealed partial class StorageFaultFilter(ILogger<StorageFaultFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception exception) when (StorageFaults.Translate(exception) is { } translated)
        {
            if (StorageFaults.IsFault(exception))
            {
                LogFault(logger, context.InterfaceName, context.MethodName, StorageFaults.Describe(exception));
            }
            else
            {
                // A refused statement is a bug: the full exception goes to the log, the caller gets a plain 500.
                LogRefused(logger, exception, context.InterfaceName, context.MethodName);
            }

            throw translated;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Interface}.{Method} failed on storage ({Fault}); answered as unavailable.")]
    private static partial void LogFault(ILogger logger, string @interface, string method, string fault);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Interface}.{Method}: the database refused a statement.")]
    private static partial void LogRefused(ILogger logger, Exception exception, string @interface, string method);
}
