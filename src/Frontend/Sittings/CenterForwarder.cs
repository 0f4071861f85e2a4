using Microsoft.AspNetCore.SignalR;
using Platform.Grains.Live;

namespace Platform.Frontend.Sittings;

/// <summary>Forwards a center's live changes to the SignalR group of its dashboards.</summary>
public sealed class CenterForwarder(IHubContext<CenterHub> hub, string center) : ICenterLiveObserver
{
    public Task SittingChanged(LiveSitting sitting) =>
        hub.Clients.Group(CenterHub.GroupOf(center)).SendAsync(CenterHub.SittingChangedMessage, sitting);
}
