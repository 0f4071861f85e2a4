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

    public async Task Report(CenterCounts counts)
    {
        var known = _centers.GetValueOrDefault(counts.Center);
        if (known is not null && counts.Revision <= known.Revision)
        {
            return; // an older report heard late: Orleans does not keep one-way calls in order
        }

        _centers[counts.Center] = counts;
        if (!counts.SameAs(known))
        {
            await _observers.Notify(o => o.CountsChanged(counts));
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
