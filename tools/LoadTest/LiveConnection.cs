using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Platform.LoadTest;

/// <summary>
/// A hub connection that lives through reconnects: after the connection comes back (with a fresh token) it restores
/// what the hub keeps per connection (the sitting resumed, the center joined, the streams reopened) before any call
/// goes out again; a call cut by the close is sent again once restored (the hub's calls are idempotent: answers carry
/// their sequence, events their ids). Issue 17: a call the platform refuses as unavailable (a silo gone, PostgreSQL
/// down), or one cut by a connection that is lost, is sent again until it succeeds or <see cref="HubRefusals.Patience"/>
/// runs out; the time from the first such error to the next success is the client's outage (<see cref="OutageClock"/>).
/// </summary>
public sealed class LiveConnection : IAsyncDisposable
{
    private const int Attempts = 5;

    /// <summary>The sitting hub's refusal of a call on a connection that has not resumed its sitting (SittingHub).</summary>
    private const string ResumeFirst = "Resume your sitting first.";

    /// <summary>The hubs' refusals of a call on a connection whose per-connection state is not restored yet (SittingHub, ProctoringHub).</summary>
    private static readonly HashSet<string> NotRestored =
        [ResumeFirst, "Open the stream of a sitting with its proctoring token first.", "The proctoring token is refused: WrongSitting."];

    private readonly Func<HubConnection, Task> _restore;
    private readonly Action<string>? _unexpected;
    private readonly Lock _gate = new();
    private TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LiveConnection(HubConnection connection, Func<HubConnection, Task> restore, OutageClock? outages = null, Action<string>? unexpected = null)
    {
        Hub = connection;
        Outages = outages ?? new OutageClock();
        _restore = restore;
        _unexpected = unexpected;
        _ready.SetResult();
        connection.Reconnecting += _ =>
        {
            Outages.Lost();
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

    /// <summary>Issue 17: this connection's error windows (a candidate's exam client: what the candidate saw).</summary>
    public OutageClock Outages { get; }

    /// <summary>Restorations after reconnects (a token's expiry closes the connection; a frontend's restart too).</summary>
    public int Reconnects { get; private set; }

    public async Task<T> InvokeAsync<T>(string method, object?[] args, CancellationToken cancel)
    {
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            Task ready;
            lock (_gate)
            {
                ready = _ready.Task;
            }

            await ready.WaitAsync(HubRefusals.Patience, cancel);
            var sent = Stopwatch.GetTimestamp();
            try
            {
                var answer = await Hub.InvokeCoreAsync<T>(method, args, cancel);
                Outages.Succeeded();
                return answer;
            }
            catch (HubException refusal) when (NotRestored.Contains(HubRefusals.Refusal(refusal.Message)) && attempt < Attempts && !cancel.IsCancellationRequested)
            {
                // The call went out on a reconnected connection before it was restored: the client raises its
                // Reconnecting and Reconnected events after the connection is usable again, late on a busy machine. The
                // sitting is resumed here (idempotent); reopened streams are waited for (each takes a fresh token).
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancel);
                if (HubRefusals.Refusal(refusal.Message) == ResumeFirst)
                {
                    await _restore(Hub);
                }
            }
            catch (HubException fault) when (Transient(fault) && Stopwatch.GetElapsedTime(started) < HubRefusals.Patience && !cancel.IsCancellationRequested)
            {
                // Issue 17: the platform could not complete the call (a fault); the call goes again in a moment.
                Outages.Failed(sent);
                if (HubRefusals.IsUnexpected(fault.Message))
                {
                    _unexpected?.Invoke($"{method}: {fault.Message}");
                }

                await Task.Delay(Backoff(attempt), cancel);
            }
            catch (Exception failure) when (failure is not HubException && Stopwatch.GetElapsedTime(started) < HubRefusals.Patience && !cancel.IsCancellationRequested)
            {
                // Not the hub's refusal: the connection closed under the call. It is sent again once the connection is
                // back and restored; the pause lets the client see the close first.
                Outages.Failed(sent);
                await Task.Delay(Backoff(attempt), cancel);
            }
        }
    }

    /// <summary>A refusal that says the platform failed, not that the call is wrong: sent again.</summary>
    public static bool Transient(HubException refusal) =>
        HubRefusals.IsUnavailable(refusal.Message) || HubRefusals.IsUnexpected(refusal.Message);

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(Math.Min(250 * attempt, 2000));

    private async Task RestoreAsync()
    {
        TaskCompletionSource ready;
        lock (_gate)
        {
            ready = _ready;
        }

        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _restore(Hub);
                Reconnects++;
                Outages.Succeeded();
                ready.TrySetResult();
                return;
            }
            catch (Exception failure)
            {
                // Dropped again while restoring (a short token's expiry, a busy platform): the next reconnect restores
                // again, and the calls keep waiting for it. A restore refused as unavailable (issue 17: PostgreSQL down
                // as the connection came back) is tried again; only a restore the live connection refused otherwise,
                // or past the patience, fails the calls.
                if (Hub.State != HubConnectionState.Connected)
                {
                    return;
                }

                if (failure is HubException refusal && Transient(refusal) && Stopwatch.GetElapsedTime(started) < HubRefusals.Patience)
                {
                    await Task.Delay(Backoff(attempt));
                    continue;
                }

                ready.TrySetException(failure);
                return;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Outages.Leaving();
        return Hub.DisposeAsync();
    }
}
