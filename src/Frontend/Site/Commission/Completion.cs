using Platform.Domain.Exams;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Commission;

/// <summary>What the commission's completion form posted: the theory result, the marks of the map's steps, how the exam ended.</summary>
/// <param name="Performed">The steps ticked as performed per the map ("task/step").</param>
/// <param name="Comments">The comments written against steps ("task/step" → comment).</param>
public sealed record Completion(
    int Correct,
    int Total,
    IReadOnlyList<(string TaskId, TechnologicalMap Map)> Maps,
    IReadOnlySet<string> Performed,
    IReadOnlyDictionary<string, string> Comments,
    SittingEnd EndedBy)
{
    /// <summary>The vote and decision of a pass (P17), as <see cref="Cases.CommissionsApi"/> names it.</summary>
    public const string Passed = "passed";

    public const string NotPassed = "notPassed";
}
