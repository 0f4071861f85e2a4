using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>P7: the copy of the sick-leave sheet the candidate uploaded (their own upload, by its stored name).</summary>
[ValidatableType]
public sealed record SickLeaveSheetRequest(
    [Present, Text(Lengths.Title)] string Title,
    [Present, Format(Lengths.StoredAs, "StoredAsFormat")] string StoredAs)
{
    public AttachedDocument ToDocument() => new(AttachmentKind.SickLeaveSheet, Title, StoredAs);
}
