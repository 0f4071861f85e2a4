namespace Platform.Grains.Sittings;

/// <summary>A commission member's mark of a step (P16).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.StepMarkState")]
public sealed record StepMarkState(
    [property: Id(0)] bool PerformedPerMap,
    [property: Id(1)] string? Comment,
    [property: Id(2)] string By);
