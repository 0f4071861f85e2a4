namespace Platform.Frontend.Cases;

/// <summary>A center's deadline board (SPEC §2): what is at risk and breached now, and how many it breached in all.</summary>
public sealed record CenterDeadlineBoard(
    string CenterNumber,
    IReadOnlyList<FlaggedDeadline> AtRisk,
    IReadOnlyList<FlaggedDeadline> Breached,
    int BreachedInAll,
    int OpenCases);
