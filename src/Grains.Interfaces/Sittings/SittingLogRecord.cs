namespace Platform.Grains.Sittings;

/// <summary>
/// One record of a sitting's tamper-evident event log: <c>hash = SHA-256(prev_hash || canonical record)</c>, chained
/// per sitting from 32 zero bytes. Hashes are lower-case hex.
/// </summary>
/// <param name="SittingId">The sitting.</param>
/// <param name="Sequence">1, 2, 3… per sitting.</param>
/// <param name="At">When it was recorded by the platform clock (microseconds).</param>
/// <param name="Kind">What happened, e.g. "AnswerSaved", "Detection", "WarningIssued", "Terminated".</param>
/// <param name="Payload">The facts of the record as JSON, exactly as hashed.</param>
/// <param name="PreviousHash">The hash of the record before (zeros for the first).</param>
/// <param name="Hash">The hash of this record.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SittingLogRecord")]
public sealed record SittingLogRecord(
    [property: Id(0)] string SittingId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Kind,
    [property: Id(4)] string Payload,
    [property: Id(5)] string PreviousHash,
    [property: Id(6)] string Hash);
