namespace Platform.Grains.Procedure;

/// <summary>A document the candidate attached (P4): what it is and where the upload is stored.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.AttachedDocument")]
public sealed record AttachedDocument(
    [property: Id(0)] AttachmentKind Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] string? StoredAs);
