using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>
/// The answer to an action on a case: the case as it now stands, and the refusal when the action broke a rule
/// (the rule, e.g. P18, its message and arguments; worded at the edge). A refused action changes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.CaseResult")]
public sealed record CaseResult(
    [property: Id(0)] CaseView Case,
    [property: Id(1)] Refusal? Refusal = null)
{
    public bool Accepted => Refusal is null;
}
