using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>P13, SPEC §5: a proctor or commission member confirms a suspicious event as a violation.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.ConfirmViolation")]
public sealed record ConfirmViolation([property: Id(0)] Guid DetectionId, [property: Id(1)] Actor By);
