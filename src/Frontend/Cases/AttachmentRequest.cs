using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>P4: a document listed in an application: what it is, its title, and the upload that holds its copy, if any.</summary>
[ValidatableType]
public sealed record AttachmentRequest(
    [Present] AttachmentKind? Kind,
    [Present, Text(Lengths.Title)] string Title,
    [Format(Lengths.StoredAs, "StoredAsFormat")] string? StoredAs = null)
{
    public AttachedDocument ToDocument() => new(Kind!.Value, Title, StoredAs);

    public static IReadOnlyList<AttachedDocument> ToDocuments(IReadOnlyList<AttachmentRequest>? attachments) =>
        attachments is null ? [] : [.. attachments.Select(attachment => attachment.ToDocument())];
}
