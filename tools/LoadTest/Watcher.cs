using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Platform.Domain.Procedure;
using Platform.Grains.Live;

namespace Platform.LoadTest;

/// <summary>
/// A center dashboard (SPEC §5) on /hubs/center as the registrar: joins center 0001 and receives its rows; the first
/// row that shows a sitting terminated gives the violation → termination latency as the dashboard saw it.
/// </summary>
public sealed class Watcher(PlatformClient platform, Metrics metrics, Expectations expected) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, bool> _seen = new();
    private LiveConnection? _connection;
    private long _rows;

    public long Rows => Interlocked.Read(ref _rows);

    public async Task StartAsync(CancellationToken cancel)
    {
        // A reconnected connection (its token expired) has left the center's group: it joins again.
        _connection = await platform.ConnectAsync("/hubs/center", Accounts.Registrar, hub => hub.InvokeAsync<CenterPicture>("JoinCenter", Accounts.Center, cancel), cancel);
        _connection.Hub.On<LiveSitting>("SittingChanged", OnRow);
        await _connection.InvokeAsync<CenterPicture>("JoinCenter", [Accounts.Center], cancel);
    }

    private void OnRow(LiveSitting row)
    {
        Interlocked.Increment(ref _rows);
        if (row.State == SittingState.Terminated && expected.TerminatingSentAt.TryGetValue(row.SittingId, out var sent) && _seen.TryAdd(row.SittingId, true))
        {
            metrics.TerminationDashboard.Record(Stopwatch.GetElapsedTime(sent));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
