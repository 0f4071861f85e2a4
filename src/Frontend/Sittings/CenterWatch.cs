using Microsoft.AspNetCore.SignalR;
using Platform.Grains.Live;

namespace Platform.Frontend.Sittings;

/// <summary>The centers watched over <see cref="CenterHub"/>: one <see cref="ICenterLiveObserver"/> per center with watchers.</summary>
public sealed class CenterWatch(IGrainFactory grains, IHubContext<CenterHub> hub, ILogger<CenterWatch> logger) : ObserverWatch<ICenterLiveObserver>(grains)
{
    private readonly IGrainFactory _grains = grains;

    protected override ICenterLiveObserver CreateForwarder(string center) => new CenterForwarder(hub, center, logger);

    protected override Task SubscribeAsync(string center, ICenterLiveObserver reference) => Grain(center).Subscribe(reference);

    protected override Task UnsubscribeAsync(string center, ICenterLiveObserver reference) => Grain(center).Unsubscribe(reference);

    private ICenterLiveGrain Grain(string center) => _grains.GetGrain<ICenterLiveGrain>(LiveKeys.Center(center));
}
