namespace Platform.Grains.Procedure;

/// <summary>P20: the candidate's appeal against the commission's decision, with its grounds.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.FileAppeal")]
public sealed record FileAppeal(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] string Grounds,
    [property: Id(2)] Actor By);
