namespace Platform.Grains.Live;

/// <summary>
/// A sitting a center live grain tracks: the case, the candidate's key (read once, at tracking), since when, and its
/// exam day (Almaty date, P6), after which it is no longer live.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Live.TrackedSitting")]
public sealed record TrackedSitting(
    [property: Id(0)] string CaseId, [property: Id(1)] string CandidateKey, [property: Id(2)] DateTimeOffset TrackedAt, [property: Id(3)] DateOnly ExamDay);
