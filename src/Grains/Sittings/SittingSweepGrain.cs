using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Platform.Hosting;

namespace Platform.Grains.Sittings;

/// <summary>
/// The sittings' sweep (issue 16): each minute (every silo's <c>SweepTicker</c> asks it, so it lives on while any
/// silo does), it reads from PostgreSQL
/// (<see cref="ISittingWakeups"/>, so a crash loses nothing) the sittings whose wake-up passed more than
/// <see cref="Grace"/> ago and wakes each (<see cref="IExamSessionGrain.Wake"/>), <see cref="WakesInFlight"/> at a time.
/// It decides nothing: a sitting that is active submits its theory on its own timer at the deadline and answers every
/// call after it as due (P9), and refuses any action after its day (P6, <c>ExamDayOver</c>); the sweep handles only
/// "nobody acted" (a sitting deactivated, a silo gone). The grace keeps it out of a mass end in progress: the sittings'
/// own timers submit them, and a minute later only the ones nobody woke are left.
/// </summary>
[Reentrant]
public sealed class SittingSweepGrain(
    ISittingWakeups wakeups,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time,
    ILogger<SittingSweepGrain> logger) : Grain, ISittingSweepGrain
{
    /// <summary>A wake-up is swept only this long after its instant, when its sitting's own timer has not acted.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    /// <summary>Sittings woken at once.</summary>
    private const int WakesInFlight = 32;

    /// <summary>Rows read at a time.</summary>
    private const int Page = 1000;

    private Task<int>? _sweeping;

    /// <summary>One sweep at a time: a tick that comes while one runs joins it.</summary>
    public Task<int> SweepNow()
    {
        if (_sweeping is { IsCompleted: false } running)
        {
            return running;
        }

        return _sweeping = SweepAsync();
    }

    private async Task<int> SweepAsync()
    {
        var dueBy = time.GetUtcNow() - Grace;
        var woken = 0;
        string? after = null;
        while (true)
        {
            var due = await wakeups.DueAsync(dueBy, after, Page);
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = WakesInFlight, TaskScheduler = TaskScheduler.Current },
                async (sittingId, _) =>
                {
                    try
                    {
                        await GrainFactory.GetGrain<IExamSessionGrain>(sittingId).Wake();
                        Interlocked.Increment(ref woken);
                    }
                    catch (Exception failure) when (failure is not OutOfMemoryException)
                    {
                        // Its row stays: the next tick wakes it again.
                        logger.LogWarning(failure, "The sweep could not wake sitting {SittingId}; the next tick tries again", sittingId);
                    }
                });
            if (due.Count < Page)
            {
                return woken;
            }

            after = due[^1];
        }
    }
}
