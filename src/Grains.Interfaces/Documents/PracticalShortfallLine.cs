using Platform.Domain.Exams;

namespace Platform.Grains.Documents;

/// <summary>One step of the technological map that stands against a pass (P17), as printed in a protocol.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.PracticalShortfallLine")]
public sealed record PracticalShortfallLine(
    [property: Id(0)] string StepId,
    [property: Id(1)] string StepTitle,
    [property: Id(2)] bool NotMarked,
    [property: Id(3)] string? Comment)
{
    /// <summary>From the rule's evaluation.</summary>
    public static PracticalShortfallLine From(PracticalShortfall shortfall) => new(
        shortfall.StepId,
        shortfall.StepTitle,
        shortfall.Reason == PracticalShortfallReason.NotMarked,
        shortfall.Comment);
}
