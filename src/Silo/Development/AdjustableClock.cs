namespace Platform.Silo.Development;

/// <summary>
/// DEVELOPMENT ONLY: system time moved by an offset (the row of <c>dev_clock</c>, see
/// <see cref="AdjustableClockRefresher"/>). Only "now" moves: timers and timestamps are the system's, so a timer
/// created before an offset change still fires after its real due time.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private long _offsetTicks;

    /// <summary>The offset added to system time now.</summary>
    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override long GetTimestamp() => System.GetTimestamp();

    public override long TimestampFrequency => System.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);

    /// <summary>Sets the offset (read from PostgreSQL).</summary>
    public void SetOffset(TimeSpan offset) => Interlocked.Exchange(ref _offsetTicks, offset.Ticks);
}
