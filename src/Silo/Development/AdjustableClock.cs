namespace Platform.Silo.Development;

/// <summary>
/// DEVELOPMENT ONLY: system time moved by an offset (the row of <c>dev_clock</c>, see
/// <see cref="AdjustableClockRefresher"/>). Its timers are due at an instant of this clock, not after a span of the
/// system's: when the offset moves, each running timer is set again for what is left of it on the moved clock. The
/// reminder service waits for a tick with such a timer, so a reminder whose instant the move passed fires at once
/// instead of when the system clock would have reached it.
/// </summary>
/// <param name="system">The clock that is moved: the system's; a fake one in tests.</param>
public sealed class AdjustableClock(TimeProvider system) : TimeProvider
{
    private readonly HashSet<OffsetTimer> _timers = [];
    private long _offsetTicks;

    public AdjustableClock()
        : this(System)
    {
    }

    /// <summary>The offset added to system time now.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => system.GetUtcNow() + Offset;

    public override long GetTimestamp() => system.GetTimestamp();

    public override long TimestampFrequency => system.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => system.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new OffsetTimer(this, system, callback, state, dueTime, period);

    /// <summary>Sets the offset (read from PostgreSQL) and sets every running timer again for the moved clock.</summary>
    public void SetOffset(TimeSpan offset)
    {
        if (Interlocked.Exchange(ref _offsetTicks, offset.Ticks) == offset.Ticks)
        {
            return;
        }

        OffsetTimer[] running;
        lock (_timers)
        {
            running = [.. _timers];
        }

        foreach (var timer in running)
        {
            timer.Reschedule();
        }
    }

    internal void Track(OffsetTimer timer)
    {
        lock (_timers)
        {
            _timers.Add(timer);
        }
    }

    internal void Forget(OffsetTimer timer)
    {
        lock (_timers)
        {
            _timers.Remove(timer);
        }
    }
}
