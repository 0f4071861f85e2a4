using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings;

/// <summary>SPEC §5: a suspicious event (noise, looking away, a second face…): logged, shown live, a violation only once confirmed.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SuspiciousEvent")]
public sealed record SuspiciousEvent(
    [property: Id(0)] Guid DetectionId,
    [property: Id(1)] ProctoringKind Kind,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] double Confidence,
    [property: Id(4)] TimeSpan? EvidenceOffset,
    [property: Id(5)] bool Confirmed,
    [property: Id(6)] string? ConfirmedBy);
