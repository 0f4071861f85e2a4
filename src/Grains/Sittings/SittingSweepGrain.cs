using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Platform.Hosting;

namespace Platform.Grains.Sittings;

/// <summary>
/// The sittings' sweep (issue 16): each minute (every silo's <c>SweepTicker</c> asks it, so it lives on while any
/// silo does), it reads from PostgreSQL
/// (<see cref="ISittingWakeups"/>, so a crash loses nothing) the sittings whose wake-up passed more than
/// <see cref="Grace"/> ago and wakes each (<see cref="IExamSessionGrain.Wake"/>), a few at a time (<see cref="DueRowSweep{TRow}"/>).
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

    private DueRowSweep<string>? _sweep;

    public Task<int> SweepNow()
    {
        _sweep ??= new DueRowSweep<string>(
            (dueBy, after, limit) => wakeups.DueAsync(dueBy, after, limit),
            sittingId => GrainFactory.GetGrain<IExamSessionGrain>(sittingId).Wake(),
            (failure, sittingId) => logger.LogWarning(failure, "The sweep could not wake sitting {SittingId}; the next tick tries again", sittingId));
        return _sweep.SweepNow(time.GetUtcNow() - Grace);
    }
}
