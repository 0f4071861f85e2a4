namespace Platform.Frontend.Site.Operator;

/// <summary>
/// Every center's statutory obligations (SPEC §2) as the operator's deadline page shows them: the counts at risk and
/// breached now by center and by kind, the breaches by month of their due day, and one page of the flagged obligations.
/// </summary>
public sealed record DeadlineBoard(
    IReadOnlyList<DeadlineCount> ByCenter,
    IReadOnlyList<DeadlineCount> ByKind,
    IReadOnlyList<DeadlineMonth> Trend,
    IReadOnlyList<FlaggedObligation> Flagged,
    int FlaggedTotal,
    int Page);

/// <summary>At risk and breached now, and breached in all (now, or met late), of a center or of a kind (<paramref name="Key"/>).</summary>
public sealed record DeadlineCount(string Key, string? Rule, int AtRisk, int Breached, int BreachedInAll);

/// <summary>A month (yyyy-MM, Almaty) of due days: the center obligations due in it and those breached (met late or not met).</summary>
public sealed record DeadlineMonth(string Month, int Due, int Breached);

/// <summary>An obligation at risk or breached now: its case (by number only), kind, rule, due instant and standing.</summary>
public sealed record FlaggedObligation(string Center, string CaseId, string Kind, string Rule, DateTimeOffset DueAt, string Standing);
