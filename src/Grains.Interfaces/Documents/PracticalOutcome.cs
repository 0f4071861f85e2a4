using Platform.Domain.Exams;

namespace Platform.Grains.Documents;

/// <summary>The practical stage as printed in a protocol (P16, P17): the task, the decision against the technological map, the shortfalls.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.PracticalOutcome")]
public sealed record PracticalOutcome(
    [property: Id(0)] string TaskTitle,
    [property: Id(1)] bool Passed,
    [property: Id(2)] IReadOnlyList<PracticalShortfallLine> Shortfalls)
{
    /// <summary>From the rule's evaluation of the map.</summary>
    public static PracticalOutcome From(TechnologicalMap map, PracticalResult result) =>
        new(map.TaskTitle, result.Passed, result.Shortfalls.Select(PracticalShortfallLine.From).ToArray());
}
