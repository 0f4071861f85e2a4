namespace Platform.Domain.Programs;

/// <summary>
/// P4: copies of education and work-experience documents are attached to the application only when the
/// professional standard behind the program requires an education level or work experience.
/// </summary>
/// <param name="Education">Whether an education document is required.</param>
/// <param name="WorkExperience">Whether a work-experience document is required.</param>
public sealed record DocumentRequirements(bool Education, bool WorkExperience);
