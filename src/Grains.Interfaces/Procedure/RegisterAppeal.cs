namespace Platform.Grains.Procedure;

/// <summary>P21, P21-1: the appeal registered and passed to an appeal commission formed for this review.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.RegisterAppeal")]
public sealed record RegisterAppeal(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] string AppealCommissionId,
    [property: Id(2)] Actor By);
