using Microsoft.AspNetCore.SignalR;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>The candidates' sittings over <see cref="SittingHub"/>: one <see cref="ISittingObserver"/> per sitting with a candidate connected.</summary>
public sealed class SittingWatch(IGrainFactory grains, IHubContext<SittingHub> hub) : ObserverWatch<ISittingObserver>(grains)
{
    private readonly IGrainFactory _grains = grains;

    protected override ISittingObserver CreateForwarder(string sittingId) => new SittingForwarder(hub);

    protected override Task SubscribeAsync(string sittingId, ISittingObserver reference) => Grain(sittingId).Subscribe(reference);

    protected override Task UnsubscribeAsync(string sittingId, ISittingObserver reference) => Grain(sittingId).Unsubscribe(reference);

    private IExamSessionGrain Grain(string sittingId) => GrainReferences.Get<IExamSessionGrain>(_grains, sittingId);
}
