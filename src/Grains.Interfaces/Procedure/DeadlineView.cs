using Platform.Domain.Deadlines;

namespace Platform.Grains.Procedure;

/// <summary>A statutory deadline of a case (SPEC §2) and where it stands.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.DeadlineView")]
public sealed record DeadlineView(
    [property: Id(0)] DeadlineKind Kind,
    [property: Id(1)] DeadlineOwner Owner,
    [property: Id(2)] string Rule,
    [property: Id(3)] DateOnly StartDay,
    [property: Id(4)] DateTimeOffset AtRiskFrom,
    [property: Id(5)] DateTimeOffset DueAt,
    [property: Id(6)] DeadlineStatus Status,
    [property: Id(7)] DateTimeOffset? MetAt);
