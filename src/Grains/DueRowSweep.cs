namespace Platform.Grains;

/// <summary>
/// What the sweeps share (issue 16): the rows whose instant is due, read from PostgreSQL a page at a time in key order,
/// each handed to <c>wake</c>, <see cref="WakesInFlight"/> at a time, on the calling grain's scheduler. A wake that fails
/// is reported to <c>failed</c> and its row stays due, so the next tick wakes it again. One sweep at a time: a tick that
/// comes while one runs joins it.
/// </summary>
/// <typeparam name="TRow">A due row's key, which the next page starts after.</typeparam>
internal sealed class DueRowSweep<TRow>(
    Func<DateTimeOffset, TRow?, int, Task<IReadOnlyList<TRow>>> readDue,
    Func<TRow, Task> wake,
    Action<Exception, TRow> failed)
    where TRow : class
{
    /// <summary>Rows woken at once.</summary>
    public const int WakesInFlight = 32;

    /// <summary>Rows read at a time.</summary>
    public const int Page = 1000;

    private Task<int>? _sweeping;

    /// <summary>Wakes every row due by <paramref name="dueBy"/>; the number woken.</summary>
    public Task<int> SweepNow(DateTimeOffset dueBy)
    {
        if (_sweeping is { IsCompleted: false } running)
        {
            return running;
        }

        return _sweeping = SweepAsync(dueBy);
    }

    private async Task<int> SweepAsync(DateTimeOffset dueBy)
    {
        var woken = 0;
        TRow? after = null;
        while (true)
        {
            var due = await readDue(dueBy, after, Page);
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = WakesInFlight, TaskScheduler = TaskScheduler.Current },
                async (row, _) =>
                {
                    try
                    {
                        await wake(row);
                        Interlocked.Increment(ref woken);
                    }
                    catch (Exception failure) when (failure is not OutOfMemoryException)
                    {
                        failed(failure, row);
                    }
                });
            if (due.Count < Page)
            {
                return woken;
            }

            after = due[^1];
        }
    }
}
