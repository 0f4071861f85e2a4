using System.Diagnostics;

namespace Platform.LoadTest;

/// <summary>
/// The simulated candidates' pauses (between answers, between proctoring batches) on one clock: a single loop wakes
/// every <see cref="Resolution"/> and releases the pauses that are due. A <c>Task.Delay</c> per pause meant tens of
/// thousands of .NET timers at 10,000 candidates, and the timer queue was the generator's largest cost (5.4 % of the
/// machine, perf), CPU taken from the platform it measures. Only pauses go through it, never a measured latency.
/// </summary>
public sealed class Pacer : IAsyncDisposable
{
    public static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(10);

    private readonly PriorityQueue<TaskCompletionSource, long> _due = new();
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public Pacer() => _loop = Task.Run(RunAsync);

    /// <summary>A pause of about <paramref name="pause"/> (up to <see cref="Resolution"/> longer); cancelled when the pacer stops.</summary>
    public Task PauseAsync(TimeSpan pause)
    {
        if (pause <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_stop.IsCancellationRequested)
            {
                return Task.FromCanceled(_stop.Token);
            }

            _due.Enqueue(done, Stopwatch.GetTimestamp() + (long)(pause.TotalSeconds * Stopwatch.Frequency));
        }

        return done.Task;
    }

    private async Task RunAsync()
    {
        using var ticks = new PeriodicTimer(Resolution);
        try
        {
            while (await ticks.WaitForNextTickAsync(_stop.Token))
            {
                ReleaseDue(Stopwatch.GetTimestamp());
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: what is still waiting is cancelled below.
        }
    }

    private void ReleaseDue(long now)
    {
        List<TaskCompletionSource> released = [];
        lock (_gate)
        {
            while (_due.TryPeek(out var pause, out var at) && at <= now)
            {
                _due.Dequeue();
                released.Add(pause);
            }
        }

        released.ForEach(pause => pause.TrySetResult());
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _stop.Cancel();
            while (_due.TryDequeue(out var pause, out _))
            {
                pause.TrySetCanceled();
            }
        }

        await _loop;
        _stop.Dispose();
    }
}
