namespace Platform.Grains.Documents;

/// <summary>
/// A member of a commission under whose name a document is signed (P14, P17, P22). <see cref="SignedOn"/> is null
/// while the member has not signed: the document then prints an empty signature line.
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.Signatory")]
public sealed record Signatory(
    [property: Id(0)] string FullName,
    [property: Id(1)] CommissionRole Role,
    [property: Id(2)] DateOnly? SignedOn = null);
