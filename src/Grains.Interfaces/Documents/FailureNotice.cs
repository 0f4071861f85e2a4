namespace Platform.Grains.Documents;

/// <summary>
/// P19: the notice, within three working days after the day the protocol was signed, of the decision that the
/// procedure was not passed, of the right to retake the theory and practical stages, with recommendations to improve
/// knowledge, abilities and skills; it also recalls the right of appeal within five working days (P20).
/// </summary>
/// <param name="CenterName">The recognition center.</param>
/// <param name="Candidate">The addressee.</param>
/// <param name="Profession">The profession of the qualification program.</param>
/// <param name="NrkLevel">Its NRK level.</param>
/// <param name="ProtocolNumber">The protocol of the decision.</param>
/// <param name="ProtocolSignedOn">The day it was signed.</param>
/// <param name="Theory">The theory stage.</param>
/// <param name="Practical">The practical stage, if the candidate was admitted to it.</param>
/// <param name="Recommendations">What to improve, one recommendation per entry.</param>
/// <param name="SentOn">The day the notice is sent.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.FailureNotice")]
public sealed record FailureNotice(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] PersonName Candidate,
    [property: Id(2)] BilingualText Profession,
    [property: Id(3)] int NrkLevel,
    [property: Id(4)] string ProtocolNumber,
    [property: Id(5)] DateOnly ProtocolSignedOn,
    [property: Id(6)] TheoryOutcome Theory,
    [property: Id(7)] PracticalOutcome? Practical,
    [property: Id(8)] IReadOnlyList<string> Recommendations,
    [property: Id(9)] DateOnly SentOn) : DocumentContent
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.FailureNotice;
}
