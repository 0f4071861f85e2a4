using Platform.Grains.Live;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>Counts the national grain's notifications as the Orleans client delivers them, then hands each to the forwarder.</summary>
public sealed class CountingNationalObserver(INationalLiveObserver forwarder) : INationalLiveObserver
{
    private int _heard;

    public int Heard => Volatile.Read(ref _heard);

    public Task CountsChanged(CenterCounts counts)
    {
        Interlocked.Increment(ref _heard);
        return forwarder.CountsChanged(counts);
    }
}
