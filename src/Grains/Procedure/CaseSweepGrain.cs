using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Platform.Hosting;

namespace Platform.Grains.Procedure;

/// <summary>
/// The cases' sweep (issue 16): each minute (every silo's <c>SweepTicker</c> asks it, so it lives on while any silo
/// does), it reads from PostgreSQL (<see cref="ICaseWakeups"/>, so a crash loses nothing) the deadlines whose instant
/// passed more than <see cref="Grace"/> ago and wakes their cases (<see cref="IApplicationGrain.Wake"/>),
/// a few at a time. It decides nothing: the case brings its deadlines up to now as any command
/// does first (SPEC §2) and moves or removes its rows. A wake that fails leaves the row due, so the next minute wakes it
/// again: the one-minute period of the Orleans reminders this replaces (<see cref="DueRowSweep{TRow}"/>).
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

    private DueRowSweep<CaseWakeup>? _sweep;

    public Task<int> SweepNow()
    {
        _sweep ??= new DueRowSweep<CaseWakeup>(
            (dueBy, after, limit) => wakeups.DueAsync(dueBy, after, limit),
            row => GrainFactory.GetGrain<IApplicationGrain>(row.CaseId).Wake(row.Kind),
            (failure, row) => logger.LogWarning(failure, "The sweep could not wake case {CaseId} for its deadline {Kind}; the next tick tries again", row.CaseId, row.Kind));
        return _sweep.SweepNow(time.GetUtcNow() - Grace);
    }
}
