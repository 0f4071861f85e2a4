using Microsoft.AspNetCore.SignalR;
using Platform.Grains.Live;

namespace Platform.Frontend.Sittings;

/// <summary>The operator's dashboards over <see cref="CenterHub"/>: one <see cref="INationalLiveObserver"/> while any watches.</summary>
public sealed class NationalWatch(IGrainFactory grains, IHubContext<CenterHub> hub, ILogger<NationalWatch> logger) : ObserverWatch<INationalLiveObserver>(grains)
{
    private readonly IGrainFactory _grains = grains;

    protected override INationalLiveObserver CreateForwarder(string key) => new NationalForwarder(hub, logger);

    protected override Task SubscribeAsync(string key, INationalLiveObserver reference) => Grain.Subscribe(reference);

    protected override Task UnsubscribeAsync(string key, INationalLiveObserver reference) => Grain.Unsubscribe(reference);

    private INationalLiveGrain Grain => _grains.GetGrain<INationalLiveGrain>(LiveKeys.National);
}
