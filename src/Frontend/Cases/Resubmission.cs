using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>P5: the documents handed in again after the notice with remarks.</summary>
[ValidatableType]
public sealed record Resubmission([Items(0, Lengths.Attachments)] IReadOnlyList<AttachmentRequest>? Attachments = null);
