using Platform.Domain.Rules;

namespace Platform.Domain.Procedure;

/// <summary>The outcome of applying an action: the new state and its rule, or a refusal.</summary>
/// <param name="State">The new state when allowed; the unchanged state when refused.</param>
/// <param name="Rule">The rule that allowed the transition; null when refused.</param>
/// <param name="Refusal">Why it was refused; null when allowed.</param>
public sealed record TransitionResult<TState>(TState State, Rule? Rule, Refusal? Refusal)
    where TState : struct, Enum
{
    /// <summary>Whether the action was allowed.</summary>
    public bool IsAllowed => Refusal is null;
}
