namespace Platform.Grains.Documents;

/// <summary>
/// P5: the notice with remarks on an incomplete or incorrectly filled application, or on documents found unreliable;
/// the candidate fixes them and resubmits within three working days after the day the notice is sent.
/// </summary>
/// <param name="CenterName">The recognition center.</param>
/// <param name="Candidate">The addressee.</param>
/// <param name="Profession">The profession applied for.</param>
/// <param name="ApplicationRegisteredOn">The day the application was registered.</param>
/// <param name="Remarks">What is missing, incorrect or unreliable, one remark per entry.</param>
/// <param name="SentOn">The day the notice is sent.</param>
/// <param name="FixBy">The last day to fix the remarks (3 working days after <paramref name="SentOn"/>).</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.RemarksNotice")]
public sealed record RemarksNotice(
    [property: Id(0)] BilingualText CenterName,
    [property: Id(1)] PersonName Candidate,
    [property: Id(2)] BilingualText Profession,
    [property: Id(3)] DateOnly ApplicationRegisteredOn,
    [property: Id(4)] IReadOnlyList<string> Remarks,
    [property: Id(5)] DateOnly SentOn,
    [property: Id(6)] DateOnly FixBy) : DocumentContent
{
    /// <inheritdoc/>
    public override DocumentKind Kind => DocumentKind.RemarksNotice;
}
