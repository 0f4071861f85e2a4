using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Platform.Frontend.Sittings;

namespace Platform.Integration.Tests.Sittings.Live;

/// <summary>
/// A hub context whose group sends are slow: each is written down, then waits until the test opens the hub, as a SignalR
/// send waits on a busy machine. Only the group sends the forwarders use are supported.
/// </summary>
public sealed class HeldHubContext : IHubContext<CenterHub>, IHubClients, IClientProxy
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<object?> Sent { get; } = new();

    IHubClients IHubContext<CenterHub>.Clients => this;

    IGroupManager IHubContext<CenterHub>.Groups => throw new NotSupportedException();

    IClientProxy IHubClients<IClientProxy>.All => throw new NotSupportedException();

    /// <summary>Every send waiting, and every one after, completes.</summary>
    public void Open() => _open.TrySetResult();

    public async Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(args.FirstOrDefault());
        await _open.Task;
    }

    IClientProxy IHubClients<IClientProxy>.Group(string groupName) => this;

    IClientProxy IHubClients<IClientProxy>.AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

    IClientProxy IHubClients<IClientProxy>.Client(string connectionId) => throw new NotSupportedException();

    IClientProxy IHubClients<IClientProxy>.Clients(IReadOnlyList<string> connectionIds) => throw new NotSupportedException();

    IClientProxy IHubClients<IClientProxy>.GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

    IClientProxy IHubClients<IClientProxy>.Groups(IReadOnlyList<string> groupNames) => throw new NotSupportedException();

    IClientProxy IHubClients<IClientProxy>.User(string userId) => throw new NotSupportedException();

    IClientProxy IHubClients<IClientProxy>.Users(IReadOnlyList<string> userIds) => throw new NotSupportedException();
}
