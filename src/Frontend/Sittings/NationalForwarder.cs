using Microsoft.AspNetCore.SignalR;
using Platform.Grains.Live;

namespace Platform.Frontend.Sittings;

/// <summary>
/// Forwards the national counts per center to the operators' SignalR group: the newest counts of each center, never
/// blocking the grain's notifications (<see cref="NewestSender{T}"/>).
/// </summary>
public sealed class NationalForwarder(IHubContext<CenterHub> hub, ILogger logger) : INationalLiveObserver
{
    private readonly NewestSender<CenterCounts> _sender = new(
        counts => counts.Center,
        counts => counts.Revision,
        counts => hub.Clients.Group(CenterHub.NationalGroup).SendAsync(CenterHub.CountsChangedMessage, counts),
        logger);

    public Task CountsChanged(CenterCounts counts)
    {
        _sender.Post(counts);
        return Task.CompletedTask;
    }
}
