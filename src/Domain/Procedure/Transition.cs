using Platform.Domain.Rules;

namespace Platform.Domain.Procedure;

/// <summary>One allowed step of a procedure, naming the point of the Rules that allows it.</summary>
/// <param name="From">The state it leaves.</param>
/// <param name="Action">What happens.</param>
/// <param name="To">The state it reaches.</param>
/// <param name="Rule">The point(s) of the Rules, e.g. <see cref="Rule.P18"/> or P8 and P9 cited together.</param>
public sealed record Transition<TState, TAction>(TState From, TAction Action, TState To, Rule Rule)
    where TState : struct, Enum
    where TAction : struct, Enum;
