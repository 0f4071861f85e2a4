namespace Platform.Frontend.Site.Me;

/// <summary>
/// What submitting the application form came to: the case opened, or the problems by field (the form's field names;
/// "" for the form as a whole) with the status to answer — 400 for invalid input, 409 for a refusal under the Rules.
/// </summary>
public sealed record ApplyOutcome(string? CaseId, Dictionary<string, string> Errors, int Status);
