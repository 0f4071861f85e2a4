using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>P14: the commission members sign the drafted violation act; it is then filed in the personal file.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SignViolationAct")]
public sealed record SignViolationAct(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] IReadOnlyList<Signatory> Members,
    [property: Id(2)] Actor By);
