namespace Platform.Grains.Live;

/// <summary>The operator's live counts of every center that has sittings (SPEC §1).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Live.NationalCounts")]
public sealed record NationalCounts([property: Id(0)] IReadOnlyList<CenterCounts> Centers, [property: Id(1)] DateTimeOffset At);
