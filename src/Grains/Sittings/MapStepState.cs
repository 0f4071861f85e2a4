namespace Platform.Grains.Sittings;

/// <summary>A step of the technological map (P16) as the sitting keeps it, in the exam language.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.MapStepState")]
public sealed record MapStepState(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<string> Criteria,
    [property: Id(3)] bool Required);
