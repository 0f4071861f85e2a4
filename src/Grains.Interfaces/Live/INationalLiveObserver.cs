namespace Platform.Grains.Live;

/// <summary>Live counts of a center for the national operator's dashboard (forwarded by the frontend to SignalR).</summary>
[Alias("Platform.Grains.Live.INationalLiveObserver")]
public interface INationalLiveObserver : IGrainObserver
{
    /// <summary>The counts of one center changed.</summary>
    [Orleans.Concurrency.OneWay, Alias("CountsChanged")]
    Task CountsChanged(CenterCounts counts);
}
