using Platform.Domain.Exams;

namespace Platform.Grains.Documents;

/// <summary>
/// P14: the act the examination commission draws up on a violation of P12 recorded under P13 (use of a prohibited
/// item), kept in the candidate's personal file.
/// </summary>
/// <param name="CenterName">The recognition center.</param>
/// <param name="Candidate">The candidate.</param>
/// <param name="Profession">The profession of the qualification program.</param>
/// <param name="Mode">Online or offline.</param>
/// <param name="ObservedAt">When the violation was seen.</param>
/// <param name="Stage">The stage during which it was seen ("theory"/"practical" or as the commission writes it).</param>
/// <param name="Observed">What was seen, e.g. the prohibited item and how it was used.</param>
/// <param name="WarningDeliveredAt">When the warning for a first violation was delivered, if one was.</param>
/// <param name="Outcome">Warned, terminated (online) or removed (offline).</param>
/// <param name="Members">The commission members who draw up and sign the act.</param>
/// <param name="LogEntries">Online: the entries of the sitting's hash-chained event log when the act was signed, its signing included.</param>
/// <param name="LogHash">Online: the log's last hash then (SHA-256, hex), printed so the evidence is anchored outside the log (P14, P20-P22).</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.ViolationAct")]
public sealed record ViolationAct(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] PersonName Candidate,
    [property: Id(2)] BilingualText Profession,
    [property: Id(3)] ExamMode Mode,
    [property: Id(4)] DateTimeOffset ObservedAt,
    [property: Id(5)] string Stage,
    [property: Id(6)] string Observed,
    [property: Id(7)] DateTimeOffset? WarningDeliveredAt,
    [property: Id(8)] ViolationActOutcome Outcome,
    [property: Id(9)] IReadOnlyList<Signatory> Members,
    [property: Id(10)] long? LogEntries = null,
    [property: Id(11)] string? LogHash = null) : DocumentContent
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.ViolationAct;
}
