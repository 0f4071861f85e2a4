using System.Diagnostics;

namespace Platform.LoadTest;

/// <summary>
/// Issue 17: how long one client saw errors, as it saw them: a window opens when its first failed call was sent (or its
/// connection was lost) and closes at its next call that succeeded. Safe across threads.
/// </summary>
public sealed class OutageClock
{
    private readonly Lock _gate = new();
    private readonly List<TimeSpan> _windows = [];
    private long? _since;

    /// <summary>The closed windows, in order.</summary>
    public IReadOnlyList<TimeSpan> Windows
    {
        get
        {
            lock (_gate)
            {
                return [.. _windows];
            }
        }
    }

    /// <summary>The sum of the closed windows: the time this client could not work.</summary>
    public TimeSpan Total => Windows.Aggregate(TimeSpan.Zero, (sum, window) => sum + window);

    /// <summary>A window still open: the client never succeeded again after its last error.</summary>
    public bool Open
    {
        get
        {
            lock (_gate)
            {
                return _since is not null;
            }
        }
    }

    /// <summary>
    /// The client left while its connection was being restored after its last call had been answered: a loss after all
    /// it did (its sitting submitted or ended), nothing it saw go wrong. That window is dropped, and counted here.
    /// </summary>
    public bool LeftWhileReconnecting
    {
        get
        {
            lock (_gate)
            {
                return _left;
            }
        }
    }

    private bool _callFailed;
    private bool _left;

    /// <summary>
    /// A call failed (refused as unavailable, or cut by a lost connection); the window opens when that call was sent
    /// (<paramref name="sent"/>, a <see cref="Stopwatch"/> timestamp): a call to a silo cut off waits for its timeout
    /// before it fails, and the candidate could not work meanwhile either.
    /// </summary>
    public void Failed(long? sent = null)
    {
        lock (_gate)
        {
            _since ??= sent ?? Stopwatch.GetTimestamp();
            _callFailed = true;
        }
    }

    /// <summary>The connection was lost (the client reconnects by itself).</summary>
    public void Lost()
    {
        lock (_gate)
        {
            _since ??= Stopwatch.GetTimestamp();
        }
    }

    public void Succeeded()
    {
        lock (_gate)
        {
            if (_since is { } since)
            {
                _windows.Add(Stopwatch.GetElapsedTime(since));
                _since = null;
            }

            _callFailed = false;
        }
    }

    /// <summary>The client is done and closes its connection; a window that only a lost connection opened is dropped.</summary>
    public void Leaving()
    {
        lock (_gate)
        {
            if (_since is not null && !_callFailed)
            {
                _since = null;
                _left = true;
            }
        }
    }
}
