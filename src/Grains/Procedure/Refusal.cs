namespace Platform.Grains.Procedure;

/// <summary>Why an action on a case is refused: the rule it breaks and what the rule says.</summary>
internal sealed record Refusal(string Rule, string Reason);
