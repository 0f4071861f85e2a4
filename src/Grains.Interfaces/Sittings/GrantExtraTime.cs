using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>P10, P11: extra time of the theory stage granted by the commission (a candidate with a disability, say).</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.GrantExtraTime")]
public sealed record GrantExtraTime(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] int Minutes,
    [property: Id(2)] string Reason,
    [property: Id(3)] Actor By);
