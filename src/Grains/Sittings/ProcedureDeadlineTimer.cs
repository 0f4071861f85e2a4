namespace Platform.Grains.Sittings;

/// <summary>
/// The theory's precise clock while the grain is active: a timer of the procedure clock (the system's in operation; a
/// test's fake one; the Development adjustable clock, whose timers are set again when it moves) that, when due, makes
/// a grain timer due at once, so the work runs on the grain's turn. On the system clock this is the grain timer due at
/// the deadline it replaced; on the adjustable clock a move past N deadlines runs N expiries at once (issue 16, the load
/// test's mass end), where a grain timer on system time waits for the span it was set with and the deadline reminder,
/// on a silo with the PostgreSQL reminder table, ticked up to its one-minute period later (measured: p50 38 s).
/// </summary>
internal sealed class ProcedureDeadlineTimer : IDisposable
{
    private readonly IGrainTimer _onGrain;
    private readonly ITimer _clock;

    public ProcedureDeadlineTimer(Grain grain, TimeProvider clock, Func<Task> work, TimeSpan due)
    {
        _onGrain = grain.RegisterGrainTimer(_ => work(), Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _clock = clock.CreateTimer(_ => Wake(), null, due, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        _clock.Dispose();
        _onGrain.Dispose();
    }

    private void Wake()
    {
        try
        {
            _onGrain.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException)
        {
            // The grain deactivated (its timers disposed) or the deadline was re-armed meanwhile: nothing to wake.
        }
    }
}
