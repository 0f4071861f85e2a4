using Microsoft.Extensions.Time.Testing;
using Platform.Silo.Development;

namespace Platform.Integration.Tests.Foundation;

/// <summary>DEVELOPMENT ONLY: the adjustable clock's timers are due at an instant of the moved clock.</summary>
public sealed class AdjustableClockTests
{
    [Fact]
    public void ATimerWhoseInstantTheOffsetPassesFiresAtOnce()
    {
        var system = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero));
        var clock = new AdjustableClock(system);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromDays(3), Timeout.InfiniteTimeSpan);

        clock.SetOffset(TimeSpan.FromDays(3) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, fired);
        system.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void ATimerWaitsLongerWhenTheOffsetMovesBackAndFiresOnce()
    {
        var system = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero));
        var clock = new AdjustableClock(system);
        clock.SetOffset(TimeSpan.FromHours(1));
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);

        clock.SetOffset(TimeSpan.Zero);
        system.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, fired);
        system.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, fired);
        clock.SetOffset(TimeSpan.FromDays(1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public async Task ADelayOnTheMovedClockEndsWhenTheMovePassesItsInstant()
    {
        var system = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero));
        var clock = new AdjustableClock(system);
        var delay = Task.Delay(TimeSpan.FromDays(2), clock);

        clock.SetOffset(TimeSpan.FromDays(2));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(delay.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task AMoveBackByMoreThanASystemTimerWaitsNeitherThrowsNorFiresEarly()
    {
        // Issue 16: a load test resets the clock to system time after a run moved it weeks ahead; a system timer takes
        // at most about 49.7 days, and the silo's refresher (whose failure stops the silo) set every timer again.
        var clock = new AdjustableClock(TimeProvider.System);
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var timer = clock.CreateTimer(_ => fired.TrySetResult(), null, TimeSpan.FromDays(1), Timeout.InfiniteTimeSpan);

        clock.SetOffset(TimeSpan.FromDays(-60));
        Assert.False(fired.Task.IsCompleted);
        clock.SetOffset(TimeSpan.FromDays(1));

        await fired.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
