using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Platform.Hosting;

namespace Platform.Grains.Live;

/// <summary>
/// The operator's live counts per center (SPEC §1, §5). Kept in memory only: the center live grains report every few
/// seconds, so after a restart the counts are whole again within one of their periods.
/// </summary>
public sealed class NationalLiveGrain(
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time,
    ILogger<NationalLiveGrain> logger) : Grain, INationalLiveGrain
{
    private readonly ObserverManager<INationalLiveObserver> _observers = new(TimeSpan.FromMinutes(5), logger);
    private readonly Dictionary<string, CenterCounts> _centers = new(StringComparer.Ordinal);

    // Starts from the wall clock (as the center live grain's revision does) so that a new activation's revisions are
    // higher than the last one's: the watchers keep the highest revision of each center, since Orleans does not keep
    // one-way notifications in order (docs/benchmarks.md, the national picture).
    private long _revision = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000;

    public async Task Report(CenterCounts counts)
    {
        if (!counts.SameAs(_centers.GetValueOrDefault(counts.Center)))
        {
            var told = counts with { Revision = ++_revision };
            _centers[counts.Center] = told;
            await _observers.Notify(o => o.CountsChanged(told));
        }
    }

    public Task<NationalCounts> GetCounts() =>
        Task.FromResult(new NationalCounts([.. _centers.Values.OrderBy(c => c.Center, StringComparer.Ordinal)], time.GetUtcNow()));

    public Task Subscribe(INationalLiveObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(INationalLiveObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
