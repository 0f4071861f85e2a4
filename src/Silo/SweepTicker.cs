using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Hosting;

namespace Platform.Silo;

/// <summary>
/// Issue 16: asks the cluster's two sweeps, the sittings' (<see cref="ISittingSweepGrain"/>) and the cases' deadlines'
/// (<see cref="ICaseSweepGrain"/>), to run when the silo starts and then every minute of the procedure clock. Every
/// silo runs one, so the sweeps go on while any silo lives; a sweep running is joined, and waking a sitting or a case
/// twice decides nothing (its own checks decide). The two are asked together and fail apart. Not an Orleans reminder:
/// a reminder of a minute's period held up the reminder service's other calls (the cases' reminders timed out) when
/// the clock jumped days ahead.
/// </summary>
public sealed partial class SweepTicker(
    IGrainFactory grains,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time,
    ILogger<SweepTicker> logger) : BackgroundService
{
    /// <summary>How often the sweeps are asked.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            await Task.WhenAll(
                AskAsync("sittings", () => grains.GetGrain<ISittingSweepGrain>(SittingSweepKeys.Cluster).SweepNow(), stoppingToken),
                AskAsync("cases", () => grains.GetGrain<ICaseSweepGrain>(CaseSweepKeys.Cluster).SweepNow(), stoppingToken));
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task AskAsync(string sweep, Func<Task<int>> sweepNow, CancellationToken stoppingToken)
    {
        try
        {
            await sweepNow().WaitAsync(stoppingToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException && failure is not OutOfMemoryException)
        {
            // The next tick asks again; the rows stay in PostgreSQL until their sittings or cases act.
            LogSweepFailed(logger, sweep, failure.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Sweep} sweep did not answer ({Failure}); the next minute asks again")]
    private static partial void LogSweepFailed(ILogger logger, string sweep, string failure);
}
