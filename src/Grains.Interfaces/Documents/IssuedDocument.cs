namespace Platform.Grains.Documents;

/// <summary>A document of the personal file: its header and its content. The header's kind always equals the content's.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Documents.IssuedDocument")]
public sealed record IssuedDocument([property: Id(0)] DocumentHeader Header, [property: Id(1)] DocumentContent Content)
{
    /// <summary>A document with a header built for its content.</summary>
    public static IssuedDocument Create(
        Guid documentId, string caseReference, string centerAccreditationNumber, DateTimeOffset issuedAt, DocumentContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var header = new DocumentHeader(documentId, content.Kind, caseReference, centerAccreditationNumber, issuedAt);
        return new IssuedDocument(header, content);
    }
}
