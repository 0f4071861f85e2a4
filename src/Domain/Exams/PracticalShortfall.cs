namespace Platform.Domain.Exams;

/// <summary>One reason a practical stage was not passed.</summary>
/// <param name="StepId">The step.</param>
/// <param name="StepTitle">Its title.</param>
/// <param name="Reason">Not performed per the map, or not marked.</param>
/// <param name="Comment">The commission's comment, if any.</param>
public sealed record PracticalShortfall(string StepId, string StepTitle, PracticalShortfallReason Reason, string? Comment);
