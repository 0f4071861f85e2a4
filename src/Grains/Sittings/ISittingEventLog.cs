namespace Platform.Grains.Sittings;

/// <summary>
/// The silo-wide store of sittings' event logs (implemented in the silo on PostgreSQL). <see cref="AppendAsync"/>
/// completes only once the records are committed, so a sitting acknowledges nothing that could still be lost; the
/// implementation batches the records of many sittings into one transaction.
/// </summary>
public interface ISittingEventLog
{
    /// <summary>Appends records of one sitting, in sequence order; completes after they are durable.</summary>
    Task AppendAsync(IReadOnlyList<SittingLogRecord> records, CancellationToken cancellationToken = default);

    /// <summary>The records of a sitting after a sequence number, in order.</summary>
    Task<IReadOnlyList<SittingLogRecord>> ReadAsync(string sittingId, long afterSequence, CancellationToken cancellationToken = default);
}
