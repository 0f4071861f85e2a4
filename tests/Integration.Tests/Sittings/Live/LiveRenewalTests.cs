using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.Frontend.Sittings;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// Issue 17: the pace of the frontend's subscription renewals, by a fake clock. A fault renews at once (a grain it
/// reached may have moved and lost its observers), then every few seconds until a whole round succeeds, then every half
/// minute again; faults met meanwhile add no rounds.
/// </summary>
public sealed class LiveRenewalTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AFaultRenewsAtOnceThenEveryFewSecondsUntilAWholeRoundThenEveryHalfMinute()
    {
        var clock = new TimerWatchingClock(new FakeTimeProvider(Start));
        var outcomes = new Queue<bool>([true, false, false, true, true]);
        var rounds = Channel.CreateUnbounded<TimeSpan>();
        var renewal = new LiveRenewal(() =>
        {
            rounds.Writer.TryWrite(clock.GetUtcNow() - Start);
            return Task.FromResult(outcomes.Dequeue());
        }, clock, NullLogger<LiveRenewal>.Instance);

        await renewal.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal(LiveRenewal.Every, await clock.NextTimerAsync());
            clock.Fake.Advance(LiveRenewal.Every);
            Assert.Equal(Seconds(30), await NextRoundAsync(rounds));
            Assert.Equal(LiveRenewal.Every, await clock.NextTimerAsync());

            // 10 s later a hub call meets a fault: a round at once, which does not renew everything.
            clock.Fake.Advance(Seconds(10));
            renewal.FaultMet();
            Assert.Equal(Seconds(40), await NextRoundAsync(rounds));
            Assert.Equal(LiveRenewal.Retry, await clock.NextTimerAsync());

            // More faults while it waits to try again: still one round, a few seconds after the last.
            renewal.FaultMet();
            renewal.FaultMet();
            clock.Fake.Advance(LiveRenewal.Retry);
            Assert.Equal(Seconds(45), await NextRoundAsync(rounds));
            Assert.Equal(LiveRenewal.Retry, await clock.NextTimerAsync());

            // A whole round: back to the half minute.
            clock.Fake.Advance(LiveRenewal.Retry);
            Assert.Equal(Seconds(50), await NextRoundAsync(rounds));
            Assert.Equal(LiveRenewal.Every, await clock.NextTimerAsync());
            clock.Fake.Advance(LiveRenewal.Every);
            Assert.Equal(Seconds(80), await NextRoundAsync(rounds));
            Assert.Empty(outcomes);
        }
        finally
        {
            await renewal.StopAsync(CancellationToken.None);
            renewal.Dispose();
        }
    }

    private static TimeSpan Seconds(int seconds) => TimeSpan.FromSeconds(seconds);

    /// <summary>When the next round ran, from the start; fails after the bound.</summary>
    private static async Task<TimeSpan> NextRoundAsync(Channel<TimeSpan> rounds)
    {
        using var timeout = new CancellationTokenSource(Bound);
        try
        {
            return await rounds.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no renewal round within {Bound.TotalSeconds} s");
        }
    }
}
