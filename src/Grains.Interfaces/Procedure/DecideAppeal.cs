namespace Platform.Grains.Procedure;

/// <summary>P22: the appeal commission's decision, recorded in its protocol.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.DecideAppeal")]
public sealed record DecideAppeal(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] AppealOutcome Outcome,
    [property: Id(2)] string Reasons,
    [property: Id(3)] IReadOnlyList<string> SignedBy,
    [property: Id(4)] Actor By);
