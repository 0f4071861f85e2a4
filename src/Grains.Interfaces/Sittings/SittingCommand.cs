using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>An action on a sitting with nothing to say but who did it; the id makes a retry harmless.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SittingCommand")]
public sealed record SittingCommand([property: Id(0)] Guid CommandId, [property: Id(1)] Actor By);
