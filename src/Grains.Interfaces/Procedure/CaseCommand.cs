namespace Platform.Grains.Procedure;

/// <summary>An action on a case with nothing to say but who did it; the id makes a retry harmless.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.CaseCommand")]
public sealed record CaseCommand([property: Id(0)] Guid CommandId, [property: Id(1)] Actor By);
