using Platform.Domain.Rules;

namespace Platform.Grains.Sittings;

/// <summary>One sitting of a slot's opening: its theory opened (no refusal), or the rule that refused it.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SlotTheory")]
public sealed record SlotTheory([property: Id(0)] string SittingId, [property: Id(1)] string CaseId, [property: Id(2)] Refusal? Refusal);
