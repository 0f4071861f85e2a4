using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings;

/// <summary>One input of the violation policy (P13), kept in arrival order so the policy is rebuilt exactly.</summary>
/// <param name="Kind">Detection, confirmation or warning delivered.</param>
/// <param name="DetectionId">The detection (or the confirmed one).</param>
/// <param name="Detection">What was detected.</param>
/// <param name="Item">The item, for prohibited items.</param>
/// <param name="At">When it was detected, or when the warning was delivered.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.PolicyInput")]
public sealed record PolicyInput(
    [property: Id(0)] SittingFactKind Kind,
    [property: Id(1)] string? DetectionId,
    [property: Id(2)] ProctoringKind? Detection,
    [property: Id(3)] ProhibitedItem? Item,
    [property: Id(4)] DateTimeOffset At);
