namespace Platform.Grains.Sittings;

/// <summary>What a slot's opening came to: each sitting of the slot, opened or refused (with the refusal), in key order.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SlotTheories")]
public sealed record SlotTheories([property: Id(0)] IReadOnlyList<SlotTheory> Sittings)
{
    public IEnumerable<SlotTheory> Opened => Sittings.Where(s => s.Refusal is null);

    public IEnumerable<SlotTheory> Refused => Sittings.Where(s => s.Refusal is not null);
}
