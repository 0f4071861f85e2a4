namespace Platform.Grains.Sittings;

/// <summary>An option of a ticket question as the candidate reads it (P9).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.CandidateOption")]
public sealed record CandidateOption([property: Id(0)] string Id, [property: Id(1)] string Text);
