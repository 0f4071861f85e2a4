using System.Collections.Concurrent;
using Platform.Grains.Live;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>Writes down the national grain's notifications as the Orleans client delivers them, then hands each to the forwarder.</summary>
public sealed class CountingNationalObserver(INationalLiveObserver forwarder) : INationalLiveObserver
{
    /// <summary>The highest revision heard of each center.</summary>
    public ConcurrentDictionary<string, long> Newest { get; } = new(StringComparer.Ordinal);

    public Task CountsChanged(CenterCounts counts)
    {
        Newest.AddOrUpdate(counts.Center, counts.Revision, (_, heard) => Math.Max(heard, counts.Revision));
        return forwarder.CountsChanged(counts);
    }
}
