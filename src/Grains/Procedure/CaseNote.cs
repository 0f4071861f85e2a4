using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>
/// A command that changes no state of the table, for the grain to record: what it is called in the history, its rule,
/// its check on the case (a refusal, or null to go on), its effect, and what follows once it is recorded, if anything.
/// </summary>
internal sealed record CaseNote(
    string What, Rule Rule, Func<CaseState, Refusal?> Check, Action<CaseState> Effect, Action<CaseState>? Recorded = null);
