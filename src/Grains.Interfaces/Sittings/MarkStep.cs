using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>P16: a commission member marks one step of the technological map; a later mark of the same step replaces it.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.MarkStep")]
public sealed record MarkStep(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] string StepId,
    [property: Id(2)] bool PerformedPerMap,
    [property: Id(3)] string? Comment,
    [property: Id(4)] Actor By);
