using Platform.Domain.Exams;

namespace Platform.Grains.Documents;

/// <summary>
/// P17: the protocol of the examination commission's decision, drawn up within two working days after the candidate
/// completed the procedure: the theory stage (P15), the practical stage against the technological map (P16),
/// passed or not passed, signed by the members.
/// </summary>
/// <param name="CenterName">The recognition center.</param>
/// <param name="ProtocolNumber">The center's number of the protocol.</param>
/// <param name="Candidate">The candidate.</param>
/// <param name="Profession">The profession of the qualification program.</param>
/// <param name="NrkLevel">Its NRK level.</param>
/// <param name="Mode">Online or offline.</param>
/// <param name="ExamLanguage">The language of the procedure (P9).</param>
/// <param name="CompletedOn">The day the candidate completed the procedure.</param>
/// <param name="Theory">Correct answers of all questions and admission.</param>
/// <param name="Practical">The practical stage; null when the candidate was not admitted to it.</param>
/// <param name="Passed">The decision: passed (P17 part 2) or not passed (P17 part 1).</param>
/// <param name="Members">The commission with roles and signatures.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.CommissionProtocol")]
public sealed record CommissionProtocol(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] string ProtocolNumber,
    [property: Id(2)] PersonName Candidate,
    [property: Id(3)] BilingualText Profession,
    [property: Id(4)] int NrkLevel,
    [property: Id(5)] ExamMode Mode,
    [property: Id(6)] DocumentLanguage ExamLanguage,
    [property: Id(7)] DateOnly CompletedOn,
    [property: Id(8)] TheoryOutcome Theory,
    [property: Id(9)] PracticalOutcome? Practical,
    [property: Id(10)] bool Passed,
    [property: Id(11)] IReadOnlyList<Signatory> Members) : DocumentContent
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.CommissionProtocol;
}
