namespace Platform.Grains.Sittings;

/// <summary>The results of the stages as the protocol records them (P15, P16).</summary>
/// <param name="TheoryCorrect">Correct answers of the theory stage.</param>
/// <param name="TheoryTotal">All questions of the ticket.</param>
/// <param name="Admitted">P15: more than 70% correct.</param>
/// <param name="PracticalPassed">P16: performed per the technological map; null when not evaluated.</param>
/// <param name="PracticalShortfalls">The step titles against a pass.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SittingScores")]
public sealed record SittingScores(
    [property: Id(0)] int TheoryCorrect,
    [property: Id(1)] int TheoryTotal,
    [property: Id(2)] bool Admitted,
    [property: Id(3)] bool? PracticalPassed,
    [property: Id(4)] IReadOnlyList<string> PracticalShortfalls);
