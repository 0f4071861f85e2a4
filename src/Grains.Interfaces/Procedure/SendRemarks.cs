namespace Platform.Grains.Procedure;

/// <summary>P5: the completeness review found the package incomplete, incorrect or unreliable.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.SendRemarks")]
public sealed record SendRemarks(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] IReadOnlyList<string> Remarks,
    [property: Id(2)] Actor By);
