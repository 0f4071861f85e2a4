namespace Platform.Grains.Live;

/// <summary>
/// The live picture of one center's sittings (SPEC §5 "live dashboards"; P8-P17, P13, P2.8). Key:
/// <see cref="LiveKeys.Center"/>. A sitting is tracked from its opening; the grain observes it (as an
/// <c>ISittingObserver</c>, renewed by a timer that also re-reads the sittings still running), keeps one row per
/// sitting, tells its own observers of every change and reports the center's counts to the national live grain.
/// </summary>
[Alias("Platform.Grains.Live.ICenterLiveGrain")]
public interface ICenterLiveGrain : IGrainWithStringKey
{
    /// <summary>Starts tracking a sitting of this center (its opening, P6, P8); tracking it again is harmless.</summary>
    [Alias("Track")]
    Task<LiveSitting?> Track(string sittingId);

    /// <summary>Every sitting tracked, as it stands now.</summary>
    [Alias("GetPicture")]
    Task<CenterPicture> GetPicture();

    /// <summary>Subscribes (or renews) an observer of the changes; subscriptions expire after a few minutes.</summary>
    [Alias("Subscribe")]
    Task Subscribe(ICenterLiveObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(ICenterLiveObserver observer);
}
