using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>
/// What the sitting still has to tell its case (written with the transition that caused it, sent after it, sent
/// again on activation if lost; the case ignores a repeated command id).
/// </summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.CaseCall")]
public sealed record CaseCall(
    [property: Id(0)] string What,
    [property: Id(1)] Guid CommandId,
    [property: Id(2)] CompleteProcedure? Completion);
