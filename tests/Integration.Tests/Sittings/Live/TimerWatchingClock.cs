using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// A fake clock that tells the test each timer started on it and its due time, so the test moves time only once the
/// code it drives is waiting (no sleeps, no race with the code's own thread).
/// </summary>
public sealed class TimerWatchingClock(FakeTimeProvider fake) : TimeProvider
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    public FakeTimeProvider Fake => fake;

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = fake.CreateTimer(callback, state, dueTime, period);
        _started.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer started (earlier ones are consumed in order); fails after the bound.</summary>
    public async Task<TimeSpan> NextTimerAsync()
    {
        using var timeout = new CancellationTokenSource(Bound);
        try
        {
            return await _started.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no timer was started within {Bound.TotalSeconds} s");
        }
    }
}
