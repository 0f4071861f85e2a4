using Microsoft.AspNetCore.SignalR;
using Platform.Domain.Procedure;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>
/// Forwards what the candidate must see live to their SignalR group (P13: the warning, the termination; P9: the
/// state and time left). Suspicious events and progress are for the center's dashboard, not the candidate.
/// </summary>
public sealed class SittingForwarder(IHubContext<SittingHub> hub) : ISittingObserver
{
    public Task StateChanged(string sittingId, SittingState state, TimeSpan timeLeft) =>
        Group(sittingId).SendAsync(SittingHub.StateChangedMessage, state, timeLeft.TotalSeconds);

    public Task WarningIssued(string sittingId, SittingWarning warning) =>
        Group(sittingId).SendAsync(SittingHub.WarningMessage, warning);

    public Task Ended(string sittingId, SittingState state, string rule) =>
        Group(sittingId).SendAsync(SittingHub.EndedMessage, state, rule);

    public Task SuspiciousEventLogged(string sittingId, SuspiciousEvent suspicious) => Task.CompletedTask;

    public Task AnswersSaved(string sittingId, int answered, int total) => Task.CompletedTask;

    private IClientProxy Group(string sittingId) => hub.Clients.Group(SittingHub.GroupOf(sittingId));
}
