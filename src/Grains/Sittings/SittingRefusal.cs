namespace Platform.Grains.Sittings;

/// <summary>Why an action on a sitting is refused: the rule it breaks and what the rule says.</summary>
internal sealed record SittingRefusal(string Rule, string Reason);
