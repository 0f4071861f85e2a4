namespace Platform.Grains.Live;

/// <summary>
/// Live changes of a center's sittings for the frontend, which forwards them to the SignalR group of the center
/// (grains never see SignalR, SPEC §6). One-way; subscriptions expire and the frontend renews them.
/// </summary>
[Alias("Platform.Grains.Live.ICenterLiveObserver")]
public interface ICenterLiveObserver : IGrainObserver
{
    /// <summary>A row of the center's picture changed (state, progress, warnings, P8-P17, P13).</summary>
    [Orleans.Concurrency.OneWay, Alias("SittingChanged")]
    Task SittingChanged(LiveSitting sitting);
}
