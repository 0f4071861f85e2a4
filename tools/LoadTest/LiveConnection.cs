using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Platform.LoadTest;

/// <summary>
/// A hub connection that lives through reconnects: after the connection comes back (with a fresh token) it restores
/// what the hub keeps per connection (the sitting resumed, the center joined, the streams reopened) before any call
/// goes out again; a call cut by the close is sent again once restored (the hub's calls are idempotent: answers carry
/// their sequence, events their ids).
/// </summary>
public sealed class LiveConnection : IAsyncDisposable
{
    private const int Attempts = 5;

    /// <summary>The sitting hub's refusal of a call on a connection that has not resumed its sitting (SittingHub).</summary>
    private const string ResumeFirst = "Resume your sitting first.";

    /// <summary>The hubs' refusals of a call on a connection whose per-connection state is not restored yet (SittingHub, ProctoringHub).</summary>
    private static readonly HashSet<string> NotRestored =
        [ResumeFirst, "Open the stream of a sitting with its proctoring token first.", "The proctoring token is refused: WrongSitting."];

    /// <summary>How long a call waits for the connection to come back before it fails.</summary>
    private static readonly TimeSpan ReconnectWait = TimeSpan.FromSeconds(60);

    private readonly Func<HubConnection, Task> _restore;
    private readonly Lock _gate = new();
    private TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LiveConnection(HubConnection connection, Func<HubConnection, Task> restore)
    {
        Hub = connection;
        _restore = restore;
        _ready.SetResult();
        connection.Reconnecting += _ =>
        {
            lock (_gate)
            {
                if (_ready.Task.IsCompleted)
                {
                    _ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }

            return Task.CompletedTask;
        };
        connection.Reconnected += _ => RestoreAsync();
    }

    public HubConnection Hub { get; }

    /// <summary>Restorations after reconnects (a token's expiry closes the connection).</summary>
    public int Reconnects { get; private set; }

    public async Task<T> InvokeAsync<T>(string method, object?[] args, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            Task ready;
            lock (_gate)
            {
                ready = _ready.Task;
            }

            await ready.WaitAsync(ReconnectWait, cancel);
            try
            {
                return await Hub.InvokeCoreAsync<T>(method, args, cancel);
            }
            catch (HubException refusal) when (NotRestored.Contains(refusal.Message) && attempt < Attempts && !cancel.IsCancellationRequested)
            {
                // The call went out on a reconnected connection before it was restored: the client raises its
                // Reconnecting and Reconnected events after the connection is usable again, late on a busy machine. The
                // sitting is resumed here (idempotent); reopened streams are waited for (each takes a fresh token).
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancel);
                if (refusal.Message == ResumeFirst)
                {
                    await _restore(Hub);
                }
            }
            catch (Exception failure) when (failure is not HubException && attempt < Attempts && !cancel.IsCancellationRequested)
            {
                // Not the hub's refusal: the connection closed under the call. It is sent again once the connection is
                // back and restored; the pause lets the client see the close first.
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancel);
            }
        }
    }

    private async Task RestoreAsync()
    {
        TaskCompletionSource ready;
        lock (_gate)
        {
            ready = _ready;
        }

        try
        {
            await _restore(Hub);
            Reconnects++;
            ready.TrySetResult();
        }
        catch (Exception failure)
        {
            // Dropped again while restoring (a short token's expiry, a busy platform): the next reconnect restores
            // again, and the calls keep waiting for it. Only a restore the live connection itself failed fails them.
            if (Hub.State == HubConnectionState.Connected)
            {
                ready.TrySetException(failure);
            }
        }
    }

    public ValueTask DisposeAsync() => Hub.DisposeAsync();
}
