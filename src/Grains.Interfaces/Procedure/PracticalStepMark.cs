namespace Platform.Grains.Procedure;

/// <summary>
/// P16, P17: one step of the technological map as the commission marked it — performed per the map or not (null: not
/// marked), with its comment — so the commission, the head and the appeal commission see each step, not only a total.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.PracticalStepMark")]
public sealed record PracticalStepMark(
    [property: Id(0)] string StepId,
    [property: Id(1)] string Title,
    [property: Id(2)] bool Required,
    [property: Id(3)] bool? PerformedPerMap,
    [property: Id(4)] string? Comment);
