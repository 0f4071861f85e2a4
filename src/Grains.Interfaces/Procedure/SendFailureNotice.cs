namespace Platform.Grains.Procedure;

/// <summary>P19: the notice of the decision, the right to retake both stages, and recommendations.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.SendFailureNotice")]
public sealed record SendFailureNotice(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] IReadOnlyList<string> Recommendations,
    [property: Id(2)] Actor By);
