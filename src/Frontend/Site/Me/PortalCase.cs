using Platform.Domain.Procedure;

namespace Platform.Frontend.Site.Me;

/// <summary>A case as the portal lists it: where, for what, its step, and the deadline that runs now (if any).</summary>
/// <param name="DeadlineKind">The kind of the current deadline (a <c>DeadlineKind</c> name), null when none runs.</param>
public sealed record PortalCase(
    string CaseId,
    string CenterName,
    string Profession,
    int NrkLevel,
    ApplicationState State,
    string? DeadlineKind,
    DateTimeOffset? DueAt);
