using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings;

/// <summary>P13: the warning a first violation brings (online from the proctoring, offline orally from the commission).</summary>
/// <param name="IncidentId">The incident of the first violation (the id of its earliest detection).</param>
/// <param name="Kind">What was seen.</param>
/// <param name="Item">The prohibited item (P12), if that was it.</param>
/// <param name="ObservedAt">When the incident began.</param>
/// <param name="IssuedAt">When the sitting issued the warning.</param>
/// <param name="DeliveredAt">When it reached the candidate; null while pending.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SittingWarning")]
public sealed record SittingWarning(
    [property: Id(0)] string IncidentId,
    [property: Id(1)] ProctoringKind Kind,
    [property: Id(2)] ProhibitedItem? Item,
    [property: Id(3)] DateTimeOffset ObservedAt,
    [property: Id(4)] DateTimeOffset IssuedAt,
    [property: Id(5)] DateTimeOffset? DeliveredAt);
