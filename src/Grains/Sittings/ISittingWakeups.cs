namespace Platform.Grains.Sittings;

/// <summary>
/// The sittings' durable wake-ups (issue 16; implemented in the silo on PostgreSQL, migration 0019): one row an open
/// sitting, the earliest instant it may have to act although nobody calls it (its theory's time limit, P9, or the end
/// of its exam day, P6). <see cref="SittingSweepGrain"/> reads the due rows and wakes those sittings. Writes complete
/// once committed; the implementation gathers the writes of many sittings into one transaction.
/// </summary>
public interface ISittingWakeups
{
    /// <summary>Sets the sitting's wake-up (null: it has none any more, the row goes); completes once durable.</summary>
    Task SetAsync(string sittingId, DateTimeOffset? wakeAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// The sittings whose wake-up is at or before <paramref name="dueBy"/>, in key order after <paramref name="after"/>
    /// (null: from the first), at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<string>> DueAsync(DateTimeOffset dueBy, string? after, int limit, CancellationToken cancellationToken = default);
}
