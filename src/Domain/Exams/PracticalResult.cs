namespace Platform.Domain.Exams;

/// <summary>
/// P16-P17: the practical task is evaluated against the technological map. Performed per the map → passed;
/// otherwise not passed. A required step not performed per the map fails the task; every step must be marked
/// (an unmarked step, required or not, means the map was not evaluated in full, so the task is not passed).
/// An optional step not performed per the map is recorded but does not fail the task.
/// </summary>
/// <param name="Passed">The commission's decision.</param>
/// <param name="Shortfalls">The reasons against a pass, in map order; empty when passed.</param>
public sealed record PracticalResult(bool Passed, IReadOnlyList<PracticalShortfall> Shortfalls)
{
    /// <summary>Evaluates the commission's marks against the map.</summary>
    /// <exception cref="ArgumentException">A mark names a step the map does not have, or a step is marked twice.</exception>
    public static PracticalResult Evaluate(TechnologicalMap map, IEnumerable<StepMark> marks)
    {
        var byStep = IndexMarks(map, marks);
        var shortfalls = map.Steps
            .Select(step => ShortfallOf(step, byStep.GetValueOrDefault(step.Id)))
            .OfType<PracticalShortfall>()
            .ToArray();
        return new PracticalResult(shortfalls.Length == 0, shortfalls);
    }

    private static Dictionary<string, StepMark> IndexMarks(TechnologicalMap map, IEnumerable<StepMark> marks)
    {
        var byStep = new Dictionary<string, StepMark>(StringComparer.Ordinal);
        foreach (var mark in marks)
        {
            if (!map.HasStep(mark.StepId))
            {
                throw new ArgumentException($"Mark for unknown step '{mark.StepId}' of the technological map.", nameof(marks));
            }

            if (!byStep.TryAdd(mark.StepId, mark))
            {
                throw new ArgumentException($"Step '{mark.StepId}' is marked more than once.", nameof(marks));
            }
        }

        return byStep;
    }

    private static PracticalShortfall? ShortfallOf(TechnologicalMapStep step, StepMark? mark) => mark switch
    {
        null => new PracticalShortfall(step.Id, step.Title, PracticalShortfallReason.NotMarked, null),
        { PerformedPerMap: false } when step.Required =>
            new PracticalShortfall(step.Id, step.Title, PracticalShortfallReason.NotPerformedPerMap, mark.Comment),
        _ => null,
    };
}
