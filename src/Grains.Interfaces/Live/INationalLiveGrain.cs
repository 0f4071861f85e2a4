namespace Platform.Grains.Live;

/// <summary>
/// The national operator's live counts per center (SPEC §1, §5). Key: <see cref="LiveKeys.National"/>. Fed by the
/// center live grains, which report again periodically so the counts heal after a restart.
/// </summary>
[Alias("Platform.Grains.Live.INationalLiveGrain")]
public interface INationalLiveGrain : IGrainWithStringKey
{
    /// <summary>A center's counts as they stand; observers hear of it only when they changed.</summary>
    [Orleans.Concurrency.OneWay, Alias("Report")]
    Task Report(CenterCounts counts);

    /// <summary>The counts of every center reported.</summary>
    [Alias("GetCounts")]
    Task<NationalCounts> GetCounts();

    [Alias("Subscribe")]
    Task Subscribe(INationalLiveObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(INationalLiveObserver observer);
}
