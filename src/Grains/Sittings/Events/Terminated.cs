using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings.Events;

/// <summary>P13: online, a violation after the warning was delivered terminated the sitting.</summary>
public sealed record Terminated(ProctoringKind Detection, ProhibitedItem? Item, DateTimeOffset ObservedAt, string IncidentId, string Rule)
    : SittingEvent(SittingFactKind.Terminated);
