using Platform.Grains.Sittings;
using Platform.Hosting;

namespace Platform.Silo.Sittings;

/// <summary>
/// Issue 16: asks the sittings' one sweep (<see cref="ISittingSweepGrain"/>) to run when the silo starts and then every
/// minute of the procedure clock. Every silo runs one, so the sweep goes on while any silo lives; a sweep running is
/// joined, and waking a sitting twice decides nothing (the sitting's own checks decide). Not an Orleans reminder: a
/// reminder of a minute's period held up the reminder service's other calls (the cases' reminders timed out) when the
/// clock jumped days ahead.
/// </summary>
public sealed partial class SittingSweepTicker(
    IGrainFactory grains,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time,
    ILogger<SittingSweepTicker> logger) : BackgroundService
{
    /// <summary>How often the sweep is asked.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            try
            {
                await grains.GetGrain<ISittingSweepGrain>(SittingSweepKeys.Cluster).SweepNow().WaitAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException && failure is not OutOfMemoryException)
            {
                // The next tick asks again; the rows stay in PostgreSQL until their sittings act.
                LogSweepFailed(logger, failure.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sittings' sweep did not answer ({Failure}); the next minute asks again")]
    private static partial void LogSweepFailed(ILogger logger, string failure);
}
