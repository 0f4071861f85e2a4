namespace Platform.Grains.Documents;

/// <summary>
/// What every document carries besides its content, printed in its footer. The case is named by its reference
/// (never by the candidate's name or IIN); the center by its accreditation number (App.2, serial level 5).
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.DocumentHeader")]
public sealed record DocumentHeader(
    [property: Id(0)] Guid DocumentId,
    [property: Id(1)] DocumentKind Kind,
    [property: Id(2)] string CaseReference,
    [property: Id(3)] string CenterAccreditationNumber,
    [property: Id(4)] DateTimeOffset IssuedAt);
