namespace Platform.Domain.Exams;

/// <summary>One step of a technological map (P16).</summary>
/// <param name="Id">Unique within the map.</param>
/// <param name="Title">What the candidate does.</param>
/// <param name="Criteria">How the commission judges that the step was performed per the map.</param>
/// <param name="Required">Whether the task fails when this step is not performed per the map.</param>
public sealed record TechnologicalMapStep(string Id, string Title, IReadOnlyList<string> Criteria, bool Required = true);
