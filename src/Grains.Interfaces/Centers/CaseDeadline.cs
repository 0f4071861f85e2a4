using Platform.Grains.Procedure;

namespace Platform.Grains.Centers;

/// <summary>A deadline of one case on a center's board.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Centers.CaseDeadline")]
public sealed record CaseDeadline([property: Id(0)] string CaseId, [property: Id(1)] DeadlineView Deadline);
