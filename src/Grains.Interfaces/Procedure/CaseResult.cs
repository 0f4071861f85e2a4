namespace Platform.Grains.Procedure;

/// <summary>
/// The answer to an action on a case: the case as it now stands, and the refusal when the action broke a rule
/// (the rule, e.g. "P18", and why: in English, Russian and Kazakh). A refused action changes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.CaseResult")]
public sealed record CaseResult(
    [property: Id(0)] CaseView Case,
    [property: Id(1)] string? RefusedRule = null,
    [property: Id(2)] string? RefusalReason = null,
    [property: Id(3)] string? RefusalReasonRu = null,
    [property: Id(4)] string? RefusalReasonKk = null)
{
    public bool Accepted => RefusedRule is null;
}
