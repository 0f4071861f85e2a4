using Platform.Grains.Documents;

namespace Platform.Grains.Procedure;

/// <summary>
/// P13 offline, P14: the examination commission records a violation of P12 seen during the offline exam — the oral
/// warning of a first violation, or the removal of a repeated one — in a violation act drawn up and signed by its
/// present members, kept in the candidate's personal file. The removal itself ends the exam through
/// <see cref="CompleteProcedure"/> with <see cref="SittingEnd.Removed"/>.
/// </summary>
/// <param name="Outcome"><see cref="ViolationActOutcome.Warned"/> or <see cref="ViolationActOutcome.Removed"/>.</param>
/// <param name="Stage">The stage during which it was seen ("theory" or "practical").</param>
/// <param name="Observed">What was seen: the prohibited item (P12) and how it was used.</param>
/// <param name="Members">The present members of the commission who sign the act, as printed.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.DrawUpViolationAct")]
public sealed record DrawUpViolationAct(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] ViolationActOutcome Outcome,
    [property: Id(2)] string Stage,
    [property: Id(3)] string Observed,
    [property: Id(4)] IReadOnlyList<Signatory> Members,
    [property: Id(5)] Actor By);
