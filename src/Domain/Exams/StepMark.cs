namespace Platform.Domain.Exams;

/// <summary>The commission's mark for one step of the technological map (P16-P17).</summary>
/// <param name="StepId">The step.</param>
/// <param name="PerformedPerMap">Whether the candidate performed it per the map.</param>
/// <param name="Comment">The commission's comment, e.g. what went wrong.</param>
public sealed record StepMark(string StepId, bool PerformedPerMap, string? Comment = null);
