using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>P9: open the theory of every sitting of the center scheduled to start at <paramref name="StartsAt"/>.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.OpenSlotTheories")]
public sealed record OpenSlotTheories([property: Id(0)] Guid CommandId, [property: Id(1)] DateTimeOffset StartsAt, [property: Id(2)] Actor By);
