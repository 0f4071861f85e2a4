namespace Platform.Silo.Development;

/// <summary>
/// DEVELOPMENT ONLY: a timer of the <see cref="AdjustableClock"/>. It remembers the instant of that clock it is due at
/// and runs on a timer of the system's clock, which <see cref="Reschedule"/> sets again when the offset moves.
/// The period, once running, is the system's. A wait longer than a system timer takes (about 49.7 days: a move back
/// by weeks, as a load test's reset of the clock after a run) is waited in steps: the timer fires only at its instant.
/// </summary>
internal sealed class OffsetTimer : ITimer
{
    private readonly Lock _lock = new();
    private readonly AdjustableClock _clock;
    private readonly TimerCallback _callback;
    private readonly object? _state;
    /// <summary>The longest wait a system timer takes (<see cref="Timer.Change(TimeSpan, TimeSpan)"/>: 0xFFFFFFFE ms).</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    private readonly ITimer _inner;
    private DateTimeOffset? _dueAt;
    private TimeSpan _period;
    private bool _stepping;

    public OffsetTimer(AdjustableClock clock, TimeProvider system, TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _clock = clock;
        _callback = callback;
        _state = state;
        lock (_lock)
        {
            Plan(dueTime, period);
            _clock.Track(this);
            _inner = system.CreateTimer(_ => Fire(), null, dueTime, period);
        }
    }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        lock (_lock)
        {
            Plan(dueTime, period);
            _clock.Track(this);
            return _inner.Change(dueTime, period);
        }
    }

    /// <summary>Sets the system timer for what is left until the due instant on the moved clock (at once when passed).</summary>
    public void Reschedule()
    {
        lock (_lock)
        {
            if (_dueAt is { } dueAt)
            {
                var left = dueAt - _clock.GetUtcNow();
                _stepping = left > LongestWait;
                _inner.Change(left > TimeSpan.Zero ? (_stepping ? LongestWait : left) : TimeSpan.Zero, _period);
            }
        }
    }

    public void Dispose()
    {
        _clock.Forget(this);
        _inner.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Plan(TimeSpan dueTime, TimeSpan period)
    {
        _stepping = false;
        _period = period;
        _dueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
    }

    private void Fire()
    {
        lock (_lock)
        {
            if (_stepping)
            {
                // One step of a wait longer than a system timer takes: the next step, not the callback.
                Reschedule();
                return;
            }

            // A one-shot timer is spent (the clock stops tracking it until it is changed); a periodic one is next due a period from now.
            var oneShot = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero;
            _dueAt = oneShot ? null : _clock.GetUtcNow() + _period;
            if (oneShot)
            {
                _clock.Forget(this);
            }
        }

        _callback(_state);
    }
}
