namespace Platform.Grains.Procedure;

/// <summary>
/// The cases' durable deadline wake-ups (issue 16; implemented in the silo on PostgreSQL, migration 0021): one row per
/// running statutory deadline of a case (SPEC §2), the instant its reminder would have fired
/// (<see cref="DeadlineReminders.NextInstant"/>). <see cref="CaseSweepGrain"/> reads the due rows and wakes those
/// cases. Writes complete once committed; the implementation gathers the writes of many cases into one transaction.
/// </summary>
public interface ICaseWakeups
{
    /// <summary>Sets the wake-up of the case's deadline <paramref name="kind"/> (null: the row goes); completes once durable.</summary>
    Task SetAsync(string caseId, string kind, DateTimeOffset? wakeAt, CancellationToken cancellationToken = default);

    /// <summary>The kinds the case has a row for.</summary>
    Task<IReadOnlyList<string>> KindsAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The rows whose instant is at or before <paramref name="dueBy"/>, in key order after <paramref name="after"/>
    /// (null: from the first), at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<CaseWakeup>> DueAsync(DateTimeOffset dueBy, CaseWakeup? after, int limit, CancellationToken cancellationToken = default);
}
