namespace Platform.Grains.Documents;

/// <summary>
/// P5: the motivated refusal to conclude the contract for the recognition service, signed by the head of the center,
/// when the remarks of the notice were not fixed. It may be challenged under the Administrative Procedural Code.
/// </summary>
/// <param name="CenterName">The recognition center.</param>
/// <param name="Candidate">The addressee.</param>
/// <param name="Profession">The profession applied for.</param>
/// <param name="RemarksNoticeSentOn">The day the notice with remarks was sent.</param>
/// <param name="UnresolvedRemarks">The remarks still not fixed: the motives of the refusal.</param>
/// <param name="Head">The head of the center who signs it.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.MotivatedRefusal")]
public sealed record MotivatedRefusal(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] PersonName Candidate,
    [property: Id(2)] BilingualText Profession,
    [property: Id(3)] DateOnly RemarksNoticeSentOn,
    [property: Id(4)] IReadOnlyList<string> UnresolvedRemarks,
    [property: Id(5)] HeadSignature Head) : DocumentContent
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.MotivatedRefusal;
}
