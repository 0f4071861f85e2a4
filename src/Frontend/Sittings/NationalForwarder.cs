using Microsoft.AspNetCore.SignalR;
using Platform.Grains.Live;

namespace Platform.Frontend.Sittings;

/// <summary>Forwards the national counts per center to the operators' SignalR group.</summary>
public sealed class NationalForwarder(IHubContext<CenterHub> hub) : INationalLiveObserver
{
    public Task CountsChanged(CenterCounts counts) =>
        hub.Clients.Group(CenterHub.NationalGroup).SendAsync(CenterHub.CountsChangedMessage, counts);
}
