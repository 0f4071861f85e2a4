using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Platform.Frontend.Security;

namespace Platform.Integration.Tests.Security;

/// <summary>A hub as the platform's hubs must be written: a policy on the class, a narrower one where needed.</summary>
[Authorize(Policy = Policies.CaseReader)]
public sealed class ProtectedProbeHub : Hub
{
    public Task Watch(string center) => Groups.AddToGroupAsync(Context.ConnectionId, center);

    [Authorize(Policy = Policies.CommissionMember)]
    public Task ConfirmViolation(string sittingId) => Task.CompletedTask;
}

/// <summary>A hub as it must not be written: one method with no policy at all. The inventory must report it.</summary>
public sealed class UnprotectedProbeHub : Hub
{
    [Authorize(Policy = Policies.ProctoringService)]
    public Task Ingest(string sittingId) => Task.CompletedTask;

    public Task Leak(string sittingId) => Task.CompletedTask;
}
