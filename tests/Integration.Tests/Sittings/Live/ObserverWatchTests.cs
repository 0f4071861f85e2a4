using Platform.Domain.Procedure;
using Platform.Frontend.Sittings;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// The frontend's watch of a key (SPEC §6): subscribed while at least one connection watches it, unsubscribed when the
/// last one leaves; a connection leaving touches only the keys it watched (issue 16: a connection's own keys are kept,
/// so thousands leaving at once is not quadratic).
/// </summary>
public sealed class ObserverWatchTests
{
    [Fact]
    public async Task AKeyStaysSubscribedUntilItsLastWatcherLeavesAndALeavingConnectionTouchesOnlyItsOwnKeys()
    {
        await using var world = await World.Create(Start).StartAsync();
        var watch = new RecordingWatch(world.Grains);

        await watch.JoinAsync("sitting-a", "connection-1");
        await watch.JoinAsync("sitting-a", "connection-2");
        await watch.JoinAsync("sitting-b", "connection-2");
        await watch.JoinAsync("sitting-c", "connection-3");
        Assert.Equal(["sitting-a", "sitting-a", "sitting-b", "sitting-c"], watch.Subscribed);

        await watch.LeaveAsync("connection-1");
        Assert.Empty(watch.Unsubscribed);

        await watch.LeaveAsync("connection-2");
        Assert.Equal(["sitting-a", "sitting-b"], watch.Unsubscribed.Order());

        await watch.LeaveAsync("connection-2");
        await watch.LeaveAsync("connection-nobody-knows");
        Assert.Equal(2, watch.Unsubscribed.Count);

        // What is still watched is renewed, and nothing else.
        watch.Subscribed.Clear();
        Assert.True(await watch.RenewAsync());
        Assert.Equal(["sitting-c"], watch.Subscribed);

        // A key watched again after its last watcher left is subscribed afresh.
        await watch.JoinAsync("sitting-a", "connection-4");
        await watch.LeaveAsync("connection-3");
        await watch.LeaveAsync("connection-4");
        Assert.Equal(["sitting-a", "sitting-a", "sitting-b", "sitting-c"], watch.Unsubscribed.Order());
    }

    /// <summary>A watch whose grain calls are recorded, not made.</summary>
    private sealed class RecordingWatch(IGrainFactory grains) : ObserverWatch<ISittingObserver>(grains)
    {
        public List<string> Subscribed { get; } = [];

        public List<string> Unsubscribed { get; } = [];

        protected override ISittingObserver CreateForwarder(string key) => new Silent();

        protected override Task SubscribeAsync(string key, ISittingObserver reference)
        {
            lock (Subscribed)
            {
                Subscribed.Add(key);
            }

            return Task.CompletedTask;
        }

        protected override Task UnsubscribeAsync(string key, ISittingObserver reference)
        {
            Unsubscribed.Add(key);
            return Task.CompletedTask;
        }
    }

    private sealed class Silent : ISittingObserver
    {
        public Task StateChanged(string sittingId, SittingState state, TimeSpan timeLeft) => Task.CompletedTask;

        public Task WarningIssued(string sittingId, SittingWarning warning) => Task.CompletedTask;

        public Task Ended(string sittingId, SittingState state, string rule) => Task.CompletedTask;

        public Task SuspiciousEventLogged(string sittingId, SuspiciousEvent suspicious) => Task.CompletedTask;

        public Task AnswersSaved(string sittingId, int answered, int total) => Task.CompletedTask;
    }
}
