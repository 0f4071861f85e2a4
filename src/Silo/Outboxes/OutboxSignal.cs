namespace Platform.Silo.Outboxes;

/// <summary>
/// Wakes this silo's dispatcher of an outbox (the NSK registry's, the notices' mail) when a row is enqueued here, so it
/// is sent at once rather than at the next poll. One subclass per outbox, so each dispatcher has its own.
/// </summary>
public abstract class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Raise()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised: one wake-up serves every enqueue since the last round.
        }
    }

    /// <summary>Waits until raised or until <paramref name="interval"/> has passed on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var raised = _signal.WaitAsync(linked.Token);
        var elapsed = Task.Delay(interval, clock, linked.Token);
        await Task.WhenAny(raised, elapsed);
        await linked.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
