using Platform.Domain.Exams;

namespace Platform.Grains.Documents;

/// <summary>The theory stage as printed in a protocol (P15): correct answers of all questions and whether more than 70% admitted the candidate.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.TheoryOutcome")]
public sealed record TheoryOutcome(
    [property: Id(0)] int Correct,
    [property: Id(1)] int Total,
    [property: Id(2)] bool Admitted)
{
    /// <summary>From the rule's evaluation.</summary>
    public static TheoryOutcome From(TheoryResult result) => new(result.Correct, result.Total, result.Admitted);
}
