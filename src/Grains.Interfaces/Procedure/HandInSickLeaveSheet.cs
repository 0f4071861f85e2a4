namespace Platform.Grains.Procedure;

/// <summary>P7: the candidate hands in the copy of the sick-leave sheet (their own upload) after reporting incapacity.</summary>
/// <param name="Sheet">The copy, attached to the case as <see cref="AttachmentKind.SickLeaveSheet"/>.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.HandInSickLeaveSheet")]
public sealed record HandInSickLeaveSheet(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] AttachedDocument Sheet,
    [property: Id(2)] Actor By);
