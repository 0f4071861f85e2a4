using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>P5: the documents handed in again after the notice with remarks.</summary>
public sealed record Resubmission(IReadOnlyList<AttachedDocument>? Attachments);
