using Platform.Grains.Procedure;

namespace Platform.Grains.Centers;

/// <summary>A center's obligations at risk or breached (SPEC §2), and how many it breached in all.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Centers.DeadlineBoard")]
public sealed record DeadlineBoard(
    [property: Id(0)] string CenterNumber,
    [property: Id(1)] IReadOnlyList<CaseDeadline> AtRisk,
    [property: Id(2)] IReadOnlyList<CaseDeadline> Breached,
    [property: Id(3)] int BreachedInAll,
    [property: Id(4)] int OpenCases);
