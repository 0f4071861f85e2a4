using Microsoft.AspNetCore.SignalR;
using Platform.Grains.Live;

namespace Platform.Frontend.Sittings;

/// <summary>
/// Forwards a center's live changes to the SignalR group of its dashboards: the newest row of each sitting, never
/// blocking the grain's notifications (<see cref="NewestSender{T}"/>).
/// </summary>
public sealed class CenterForwarder(IHubContext<CenterHub> hub, string center, ILogger logger) : ICenterLiveObserver
{
    private readonly NewestSender<LiveSitting> _sender = new(
        sitting => sitting.SittingId,
        sitting => sitting.Revision,
        sitting => hub.Clients.Group(CenterHub.GroupOf(center)).SendAsync(CenterHub.SittingChangedMessage, sitting),
        logger);

    public Task SittingChanged(LiveSitting sitting)
    {
        _sender.Post(sitting);
        return Task.CompletedTask;
    }
}
