using System.Collections.Concurrent;
using System.Diagnostics;

namespace Platform.LoadTest;

/// <summary>
/// Issue 16: what the run and its candidates share in a national sitting. <b>Mass start</b>: when the registrar's
/// request opening the theories went out (one command for the slot: the same instant for every candidate; the
/// candidate's latency runs from it to its ticket in hand). <b>Mass end</b>:
/// the ticket's deadlines the candidates saw, and the instant their time ran out together, when the run moved the
/// procedure clock past every deadline (the candidate's latency runs from it to the push that its theory is submitted).
/// </summary>
public sealed class NationalSitting(int candidates)
{
    private readonly long[] _openingSentAt = new long[candidates];
    private readonly TaskCompletionSource[] _openingSent = [.. Enumerable.Range(0, candidates).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];
    private readonly TaskCompletionSource<long> _expired = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<DateTimeOffset> _until = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    /// <summary>Every candidate's exam client connected (or failed to): the registrar may open the theories.</summary>
    public Task AllArrived => _allArrived.Task;

    /// <summary>When the live phase of a mass start ends, set once the theories are open.</summary>
    public Task<DateTimeOffset> Until => _until.Task;

    public void Arrived()
    {
        if (Interlocked.Increment(ref _arrived) == candidates)
        {
            _allArrived.TrySetResult();
        }
    }

    public void EndsAt(DateTimeOffset until) => _until.TrySetResult(until);

    /// <summary>Each candidate's deadline (by the procedure clock), as its ticket told it.</summary>
    public ConcurrentBag<DateTimeOffset> Deadlines { get; } = [];

    /// <summary>Set by the run just before the registrar's request opening this candidate's theory goes out.</summary>
    public void OpeningSent(int index)
    {
        Volatile.Write(ref _openingSentAt[index], Stopwatch.GetTimestamp());
        _openingSent[index].TrySetResult();
    }

    /// <summary>
    /// Done when the registrar's request opening this candidate's theory went out: the candidate's wait for the push
    /// runs from there, not from its arrival (a burst of 10,000 openings lasts longer than the wait).
    /// </summary>
    public Task OpeningSentTask(int index) => _openingSent[index].Task;

    /// <summary>When the opening request of this candidate went out (a Stopwatch timestamp), 0 before.</summary>
    public long OpeningSentAt(int index) => Volatile.Read(ref _openingSentAt[index]);

    /// <summary>The instant every deadline was behind the procedure clock (a Stopwatch timestamp), once the run set it.</summary>
    public Task<long> Expired => _expired.Task;

    public void Expire(long at) => _expired.TrySetResult(at);

    /// <summary>The run gave up before the mass end (cancelled): the waiting candidates stop waiting.</summary>
    public void Abandon()
    {
        _expired.TrySetCanceled();
        _until.TrySetCanceled();
        _allArrived.TrySetCanceled();
        foreach (var sent in _openingSent)
        {
            sent.TrySetCanceled();
        }
    }
}
