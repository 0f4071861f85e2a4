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

    /// <summary>Issue 16: terminated rows whose violation was sent by a generator worker, with when the row came.</summary>
    private readonly ConcurrentDictionary<string, long> _unmatched = new();
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
        if (row.State != SittingState.Terminated)
        {
            return;
        }

        if (expected.TerminatingSentAt.TryGetValue(row.SittingId, out var sent))
        {
            if (_seen.TryAdd(row.SittingId, true))
            {
                metrics.TerminationDashboard.Record(Stopwatch.GetElapsedTime(sent));
            }
        }
        else
        {
            _unmatched.TryAdd(row.SittingId, Stopwatch.GetTimestamp());
        }
    }

    /// <summary>
    /// Issue 16, <c>--generators K</c>: once the workers' results are merged, the rows that came before their sending
    /// time was known here (a Stopwatch timestamp: one monotonic clock for the processes of a machine) are measured.
    /// </summary>
    public void RecordMerged()
    {
        foreach (var (sitting, rowAt) in _unmatched)
        {
            if (expected.TerminatingSentAt.TryGetValue(sitting, out var sent) && _seen.TryAdd(sitting, true))
            {
                metrics.TerminationDashboard.Record(Stopwatch.GetElapsedTime(sent, rowAt));
            }
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
