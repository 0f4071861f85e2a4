namespace Platform.Domain.Programs;

/// <summary>One step of the technological map of a practical task (P16), in kk and ru.</summary>
/// <param name="Id">Unique within the task; the same whatever the language, so marks carry across.</param>
/// <param name="Title">What the candidate does.</param>
/// <param name="Criteria">How the commission judges that the step was performed per the map.</param>
/// <param name="Required">Whether the task fails when this step is not performed per the map (P17).</param>
public sealed record PracticalStep(string Id, LocalizedText Title, IReadOnlyList<LocalizedText> Criteria, bool Required = true);
