namespace Platform.Frontend.Faults;

/// <summary>
/// Issue 17: every <see cref="OutageWindows.Probe"/> of the platform clock, takes over the windows stopped frontends left
/// behind (<see cref="OutageWindows.TakeOverAsync"/>) and, while any sitting has an open outage window, asks those
/// sittings to credit it (<see cref="OutageWindows.ProbeAsync"/>): the window ends when the platform answers the sitting
/// again, whether or not the candidate calls. Stopping, it leaves the windows still open behind.
/// </summary>
public sealed partial class OutageProbe(OutageWindows windows, ILogger<OutageProbe> logger) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await windows.LeaveAllBehindAsync();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A round at once, then every probe period: a frontend started after another stopped takes its windows over
        // before the candidates it closed have reconnected through it, so their first call ends their windows.
        for (var first = true; !stoppingToken.IsCancellationRequested; first = false)
        {
            if (!first)
            {
                await Task.Delay(OutageWindows.Probe, windows.Clock, stoppingToken);
            }

            try
            {
                await windows.TakeOverAsync(stoppingToken);
            }
            catch (Exception fault) when (PlatformFaults.IsFault(fault))
            {
                // PostgreSQL unavailable: the rows wait for the next round.
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogRoundFailed(logger, failure);
            }

            if (windows.Count == 0)
            {
                continue;
            }

            try
            {
                var ended = await windows.ProbeAsync(stoppingToken);
                if (ended > 0)
                {
                    LogEnded(logger, ended, windows.Count);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogRoundFailed(logger, failure);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The platform answered {Ended} sittings again: their outage windows were credited; {Open} still open.")]
    private static partial void LogEnded(ILogger logger, int ended, int open);

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of outage probes failed; the next round tries again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
