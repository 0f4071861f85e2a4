using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings.Events;

/// <summary>P13: the warning of a first violation (the incident that began at <see cref="ObservedAt"/>).</summary>
public sealed record WarningIssued(ProctoringKind Detection, ProhibitedItem? Item, DateTimeOffset ObservedAt, string IncidentId, string Rule)
    : SittingEvent(SittingFactKind.WarningIssued);
