using Platform.Domain.Rules;

namespace Platform.Domain.Procedure;

/// <summary>
/// A procedure as a table: every allowed (state, action) pair with its target and rule; any other pair is refused
/// with the requirement of that action (or a sharper reason given for that state).
/// </summary>
public sealed class TransitionTable<TState, TAction>
    where TState : struct, Enum
    where TAction : struct, Enum
{
    /// <summary>The qualifier of a refusal in a state with no way out.</summary>
    public const string StateIsFinal = "StateIsFinal";

    /// <summary>The qualifier of a refusal of an action that does not leave the state.</summary>
    public const string NotFromThisState = "NotFromThisState";

    private readonly Dictionary<(TState, TAction), Transition<TState, TAction>> _allowed;
    private readonly IReadOnlyDictionary<TAction, Refusal> _requirements;
    private readonly IReadOnlyDictionary<(TState, TAction), Refusal> _refusals;

    /// <summary>A validated table.</summary>
    /// <param name="transitions">The allowed transitions; one per (state, action).</param>
    /// <param name="requirements">For every action, what it requires (used when refusing).</param>
    /// <param name="refusals">Sharper refusal reasons for particular (state, action) pairs.</param>
    /// <exception cref="ArgumentException">A pair is listed twice, an action has no requirement, or a refusal overrides an allowed pair.</exception>
    public TransitionTable(
        IEnumerable<Transition<TState, TAction>> transitions,
        IReadOnlyDictionary<TAction, Refusal> requirements,
        IReadOnlyDictionary<(TState, TAction), Refusal>? refusals = null)
    {
        _allowed = [];
        foreach (var transition in transitions)
        {
            if (!_allowed.TryAdd((transition.From, transition.Action), transition))
            {
                throw new ArgumentException($"{transition.Action} from {transition.From} is listed twice.", nameof(transitions));
            }
        }

        _requirements = requirements;
        _refusals = refusals ?? new Dictionary<(TState, TAction), Refusal>();
        Validate();
        Transitions = _allowed.Values.ToArray();
    }

    /// <summary>For every action, what it requires (the text of a refusal not given more sharply).</summary>
    public IReadOnlyDictionary<TAction, Refusal> Requirements => _requirements;

    /// <summary>The sharper refusal reasons of particular (state, action) pairs.</summary>
    public IReadOnlyDictionary<(TState State, TAction Action), Refusal> Refusals => _refusals;

    /// <summary>Every allowed transition.</summary>
    public IReadOnlyList<Transition<TState, TAction>> Transitions { get; }

    /// <summary>The transition for the pair, or null when it is not allowed.</summary>
    public Transition<TState, TAction>? Find(TState state, TAction action) => _allowed.GetValueOrDefault((state, action));

    /// <summary>The actions allowed in a state.</summary>
    public IReadOnlyList<TAction> AllowedActions(TState state) =>
        Transitions.Where(t => EqualityComparer<TState>.Default.Equals(t.From, state)).Select(t => t.Action).ToArray();

    /// <summary>A state with no way out.</summary>
    public bool IsTerminal(TState state) => AllowedActions(state).Count == 0;

    /// <summary>The new state, or a refusal naming the rule.</summary>
    public TransitionResult<TState> Apply(TState state, TAction action)
    {
        if (Find(state, action) is { } transition)
        {
            return new TransitionResult<TState>(transition.To, transition.Rule, null);
        }

        var refusal = _refusals.TryGetValue((state, action), out var sharper) ? sharper : Generic(state, action);
        return new TransitionResult<TState>(state, null, refusal);
    }

    /// <summary>The action's requirement, then why not here: the state is final, or the action does not leave it.</summary>
    private Refusal Generic(TState state, TAction action) =>
        _requirements[action].Then(IsTerminal(state) ? StateIsFinal : NotFromThisState);

    private void Validate()
    {
        var missing = Enum.GetValues<TAction>().Where(a => !_requirements.ContainsKey(a)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"No requirement for {string.Join(", ", missing)}.");
        }

        var shadowed = _refusals.Keys.Where(_allowed.ContainsKey).ToArray();
        if (shadowed.Length > 0)
        {
            throw new ArgumentException($"A refusal is given for an allowed transition: {string.Join(", ", shadowed)}.");
        }
    }
}
