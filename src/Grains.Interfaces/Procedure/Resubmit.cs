namespace Platform.Grains.Procedure;

/// <summary>P5: the candidate fixed the remarks and hands the documents in again.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.Resubmit")]
public sealed record Resubmit(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] IReadOnlyList<AttachedDocument> Attachments,
    [property: Id(2)] Actor By);
