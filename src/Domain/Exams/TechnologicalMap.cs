namespace Platform.Domain.Exams;

/// <summary>P16: the technological map of a practical task of the qualification program: ordered steps with criteria.</summary>
public sealed record TechnologicalMap
{
    private TechnologicalMap(string taskTitle, IReadOnlyList<TechnologicalMapStep> steps)
    {
        TaskTitle = taskTitle;
        Steps = steps;
    }

    /// <summary>The practical task.</summary>
    public string TaskTitle { get; }

    /// <summary>The steps in order.</summary>
    public IReadOnlyList<TechnologicalMapStep> Steps { get; }

    /// <summary>A validated map: at least one step, ids present and unique.</summary>
    /// <exception cref="ArgumentException">Empty, a blank or duplicate step id.</exception>
    public static TechnologicalMap Create(string taskTitle, IEnumerable<TechnologicalMapStep> steps)
    {
        var list = steps.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A technological map needs at least one step.", nameof(steps));
        }

        if (list.Any(s => string.IsNullOrWhiteSpace(s.Id)))
        {
            throw new ArgumentException("Every step of a technological map needs an id.", nameof(steps));
        }

        var duplicate = list.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Step id '{duplicate.Key}' appears more than once.", nameof(steps));
        }

        return new TechnologicalMap(taskTitle, list);
    }

    /// <summary>Whether the map has a step with this id.</summary>
    public bool HasStep(string stepId) => Steps.Any(s => s.Id == stepId);
}
