using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings.Events;

/// <summary>P13: offline, a violation after the warning was delivered removed the candidate.</summary>
public sealed record Removed(ProctoringKind Detection, ProhibitedItem? Item, DateTimeOffset ObservedAt, string IncidentId, string Rule)
    : SittingEvent(SittingFactKind.Removed);
