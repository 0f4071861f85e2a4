using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings.Events;

/// <summary>
/// P2.8, P12: a detection of the proctoring stream (or the commission's record). <see cref="Counted"/>: it happened
/// during a stage, so the violation policy counts it.
/// </summary>
public sealed record Detected(
    Guid DetectionId, ProctoringKind Detection, ProhibitedItem? Item, double Confidence, TimeSpan? EvidenceOffset,
    DateTimeOffset ObservedAt, bool Counted)
    : SittingEvent(SittingFactKind.Detection);
