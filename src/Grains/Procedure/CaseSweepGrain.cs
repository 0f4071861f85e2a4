using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Platform.Hosting;

namespace Platform.Grains.Procedure;

/// <summary>
/// The cases' sweep (issue 16): each minute (every silo's <c>SweepTicker</c> asks it, so it lives on while any silo
/// does), it reads from PostgreSQL (<see cref="ICaseWakeups"/>, so a crash loses nothing) the deadlines whose instant
/// passed more than <see cref="Grace"/> ago and wakes their cases (<see cref="IApplicationGrain.Wake"/>),
/// <see cref="WakesInFlight"/> at a time. It decides nothing: the case brings its deadlines up to now as any command
/// does first (SPEC §2) and moves or removes its rows. A wake that fails leaves the row due, so the next minute wakes it
/// again: the one-minute period of the Orleans reminders this replaces.
/// </summary>
[Reentrant]
public sealed class CaseSweepGrain(
    ICaseWakeups wakeups,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time,
    ILogger<CaseSweepGrain> logger) : Grain, ICaseSweepGrain
{
    /// <summary>
    /// A row is swept only this long after its instant. Short: a case has no timer of its own, so nothing else acts at
    /// the instant; the second only lets the instant pass (a window closes after its last tick, P5, P20).
    /// </summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <summary>Cases woken at once.</summary>
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
        CaseWakeup? after = null;
        while (true)
        {
            var due = await wakeups.DueAsync(dueBy, after, Page);
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = WakesInFlight, TaskScheduler = TaskScheduler.Current },
                async (row, _) =>
                {
                    try
                    {
                        await GrainFactory.GetGrain<IApplicationGrain>(row.CaseId).Wake(row.Kind);
                        Interlocked.Increment(ref woken);
                    }
                    catch (Exception failure) when (failure is not OutOfMemoryException)
                    {
                        // Its row stays due: the next tick wakes it again.
                        logger.LogWarning(failure, "The sweep could not wake case {CaseId} for its deadline {Kind}; the next tick tries again", row.CaseId, row.Kind);
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
