namespace Platform.Grains.Documents;

/// <summary>
/// P22: the protocol of the appeal commission (formed apart from the examination commission, P21-1), decided within
/// five working days after the day the appeal was received, on whether the tasks' content conforms and whether the
/// candidate's answers were judged right. Kept by the center three years from the day of signing.
/// </summary>
/// <param name="CenterName">The recognition center.</param>
/// <param name="ProtocolNumber">The center's number of the protocol.</param>
/// <param name="Candidate">The appellant.</param>
/// <param name="Profession">The profession of the qualification program.</param>
/// <param name="ContestedProtocolNumber">The examination commission's protocol under appeal.</param>
/// <param name="AppealReceivedOn">The day the appeal was received (P21).</param>
/// <param name="Grounds">What the candidate contests.</param>
/// <param name="Decision">Upheld, technical discrepancy or rejected (P23).</param>
/// <param name="Reasons">The commission's reasons, one per entry.</param>
/// <param name="Members">The appeal commission with roles and signatures.</param>
/// <param name="SignedOn">The day the protocol was signed (starts the three-year retention).</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.AppealProtocol")]
public sealed record AppealProtocol(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] string ProtocolNumber,
    [property: Id(2)] PersonName Candidate,
    [property: Id(3)] BilingualText Profession,
    [property: Id(4)] string ContestedProtocolNumber,
    [property: Id(5)] DateOnly AppealReceivedOn,
    [property: Id(6)] string Grounds,
    [property: Id(7)] AppealDecision Decision,
    [property: Id(8)] IReadOnlyList<string> Reasons,
    [property: Id(9)] IReadOnlyList<Signatory> Members,
    [property: Id(10)] DateOnly SignedOn) : DocumentContent
{
    /// <summary>P22: the number of years the center keeps the protocol from the day of signing.</summary>
    public const int RetentionYears = 3;

    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.AppealProtocol;

    /// <summary>The last day the center must keep the protocol (P22).</summary>
    public DateOnly RetainUntil => SignedOn.AddYears(RetentionYears);
}
