namespace Platform.Grains.Sittings;

/// <summary>
/// A sitting's event log for the appeal commission (P20-P22), read back from PostgreSQL, with the verification of its
/// hash chain: whether every record follows the one before, and the first sequence where it does not.
/// </summary>
/// <param name="SittingId">The sitting.</param>
/// <param name="Records">Every record, by sequence.</param>
/// <param name="Intact">The chain verifies from the first record to the last, with no gap.</param>
/// <param name="BrokenAt">The first sequence that does not verify; null when intact.</param>
/// <param name="Problem">What is wrong there, in English.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SittingLogExport")]
public sealed record SittingLogExport(
    [property: Id(0)] string SittingId,
    [property: Id(1)] IReadOnlyList<SittingLogRecord> Records,
    [property: Id(2)] bool Intact,
    [property: Id(3)] long? BrokenAt,
    [property: Id(4)] string? Problem);
