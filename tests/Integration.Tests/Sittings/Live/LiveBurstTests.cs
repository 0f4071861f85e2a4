using Microsoft.Extensions.Logging.Abstractions;
using Platform.Domain.Procedure;
using Platform.Frontend.Sittings;
using Platform.Grains.Live;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// Issue 15: a burst of changes reaches the operator's page in full although SignalR is slow — the national grain's
/// notifications through the real Orleans client observer path, into the frontend's forwarder, with a hub whose sends wait.
/// </summary>
public sealed class LiveBurstTests
{
    private const int Centers = 50;
    private const int Steps = 200;

    [Fact]
    public async Task ABurstWhileSignalRIsSlowEndsWithEveryCentersNewestCountsSentOnce()
    {
        await using var world = await World.Create(Start).WithFrontend().StartAsync();
        var hub = new HeldHubContext();
        var observer = new CountingNationalObserver(new NationalForwarder(hub, NullLogger.Instance));
        var client = world.Frontend.Client;
        var national = client.GetGrain<INationalLiveGrain>(LiveKeys.National);
        await national.Subscribe(client.CreateObjectReference<INationalLiveObserver>(observer));

        for (var step = 1; step <= Steps; step++)
        {
            for (var center = 1; center <= Centers; center++)
            {
                await national.Report(Counts(center, step) with { Revision = step });
            }
        }

        // The Orleans client runs an observer's calls one at a time: a forwarder that waited for its send would hold
        // the other notifications behind the first. (The grain drops a report heard after a newer one of its center.)
        await World.EventuallyAsync(
            () => Task.FromResult(observer.Newest.Count(pair => pair.Value == Steps)), heard => heard == Centers, "each center's newest counts heard while the hub is slow");
        hub.Open();

        var newest = await SentAsync(hub, sent => sent.Count == Centers && sent.Values.All(c => c.ByState[SittingState.TheoryOpen] == Steps));
        Assert.All(newest.Values, counts => Assert.Equal(Steps, counts.ByState[SittingState.TheoryOpen]));
        Assert.True(hub.Sent.Count <= 2 * Centers, $"{hub.Sent.Count} sends for {Centers} centers: the changes were not coalesced");
    }

    [Fact]
    public async Task AnOlderRowHeardAfterANewerOneIsNotSentOverIt()
    {
        var hub = new HeldHubContext();
        var forwarder = new CenterForwarder(hub, "0001", NullLogger.Instance);
        var row = new LiveSitting("s-1", "c-1", "cand-1", Domain.Exams.ExamMode.Offline, SittingState.CheckedIn, 0, 0, TimeSpan.Zero, null, 0, 0, 0, null,
            ConnectionState.Unknown, null, Revision: 1);

        // Heard in this order (Orleans may reorder one-way notifications): the first is being sent and waits on the hub.
        Assert.True(forwarder.SittingChanged(row).IsCompleted, "the observer waited for the hub");
        await World.EventuallyAsync(() => Task.FromResult(hub.Sent.Count), count => count == 1, "the first row being sent");
        Assert.True(forwarder.SittingChanged(row with { State = SittingState.Terminated, Revision = 3 }).IsCompleted);
        Assert.True(forwarder.SittingChanged(row with { State = SittingState.TheoryOpen, Revision = 2 }).IsCompleted);
        hub.Open();

        var sent = await World.EventuallyAsync(() => Task.FromResult(hub.Sent.OfType<LiveSitting>().ToList()), rows => rows.Count >= 2, "the newest row sent");
        Assert.Equal([1L, 3L], sent.Select(r => r.Revision));
        Assert.Equal(SittingState.Terminated, sent[^1].State);
    }

    /// <summary>The newest counts sent of each center, once <paramref name="until"/> holds; what was sent, if it never does.</summary>
    private static async Task<Dictionary<string, CenterCounts>> SentAsync(HeldHubContext hub, Func<Dictionary<string, CenterCounts>, bool> until)
    {
        Dictionary<string, CenterCounts> Newest() =>
            hub.Sent.OfType<CenterCounts>().GroupBy(c => c.Center).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Revision)!);
        try
        {
            return await World.EventuallyAsync(() => Task.FromResult(Newest()), until, "each center's newest counts sent");
        }
        catch (TimeoutException)
        {
            var newest = Newest();
            var theory = newest.Values.Select(c => c.ByState[SittingState.TheoryOpen]).ToList();
            throw new TimeoutException($"{hub.Sent.Count} sends ({hub.Sent.Count(s => s is not CenterCounts)} not counts), {newest.Count} centers, " +
                $"newest theory from {(theory.Count > 0 ? theory.Min() : -1)} to {(theory.Count > 0 ? theory.Max() : -1)}, " +
                $"revisions sent: {hub.Sent.OfType<CenterCounts>().Select(c => c.Revision).Distinct().Count()} distinct, {hub.Sent.OfType<CenterCounts>().Count(c => c.Revision == 0)} zero");
        }
    }

    private static CenterCounts Counts(int center, int theory) => new(
        center.ToString("D4"),
        new Dictionary<SittingState, int> { [SittingState.CheckedIn] = 40, [SittingState.TheoryOpen] = theory, [SittingState.PracticalOpen] = 60 },
        Warnings: 3, Suspicious: 5, Terminations: 1);
}
