namespace Platform.Domain.Procedure;

/// <summary>What the Rules require before an action may happen; the text of a refusal.</summary>
/// <param name="Rule">The point of the Rules, e.g. "P20".</param>
/// <param name="Requirement">The requirement in English, e.g. "an appeal is filed once ...".</param>
public sealed record ActionRequirement(string Rule, string Requirement);
