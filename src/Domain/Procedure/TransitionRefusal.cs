namespace Platform.Domain.Procedure;

/// <summary>Why an action is not allowed in a state, naming the point of the Rules it would break.</summary>
/// <param name="From">The state, by name.</param>
/// <param name="Action">The action, by name.</param>
/// <param name="Rule">The point of the Rules, e.g. "P18".</param>
/// <param name="Text">What the rule requires, in English, Russian and Kazakh.</param>
public sealed record TransitionRefusal(string From, string Action, string Rule, Wording Text)
{
    /// <summary>What the rule requires, in English.</summary>
    public string Reason => Text.En;

    /// <summary>What the rule requires, in Russian.</summary>
    public string ReasonRu => Text.Ru;

    /// <summary>What the rule requires, in Kazakh.</summary>
    public string ReasonKk => Text.Kk;

    /// <summary>"P18: ..." for people.</summary>
    public string Message => $"{Rule}: {Reason}";

    /// <inheritdoc cref="Message"/>
    public override string ToString() => Message;
}
