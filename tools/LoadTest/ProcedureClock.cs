namespace Platform.LoadTest;

/// <summary>
/// The procedure's clock as the platform reported it when the setup moved it (DEVELOPMENT ONLY): the simulated
/// proctoring stamps its events by it, since the sitting judges a second violation against a warning delivery it
/// stamps by that same clock (P13), and two clocks apart would never see one after the other.
/// </summary>
public sealed class ProcedureClock
{
    private TimeSpan _offset;

    /// <summary>Now, by the procedure's clock.</summary>
    public DateTimeOffset Now => DateTimeOffset.UtcNow + _offset;

    /// <summary>The offset from system time in milliseconds (handed to the generator's workers, issue 16).</summary>
    public long OffsetMilliseconds => (long)_offset.TotalMilliseconds;

    /// <summary>Takes the offset the platform answered (<c>offsetMilliseconds</c> of <c>PUT /api/v1/dev/clock</c>).</summary>
    public void Set(long offsetMilliseconds) => _offset = TimeSpan.FromMilliseconds(offsetMilliseconds);
}
