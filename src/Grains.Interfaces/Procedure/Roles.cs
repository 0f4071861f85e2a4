namespace Platform.Grains.Procedure;

/// <summary>
/// The roles of the platform (SPEC §1), named once: as they appear in the <c>role</c> claims of a token, and as an
/// <see cref="Actor"/> carries them to the grains, which check some of them again (only the head signs).
/// </summary>
public static class Roles
{
    public const string Candidate = "candidate";
    public const string Registrar = "registrar";
    public const string HeadOfCenter = "head";
    public const string CommissionMember = "commission-member";
    public const string AppealCommissionMember = "appeal-commission-member";
    public const string ProctoringService = "proctoring-service";
    public const string Operator = "operator";
    public const string Administrator = "administrator";

    /// <summary>The platform itself (<see cref="Actor.System"/>): never in a token, so not one of <see cref="All"/>.</summary>
    public const string System = "system";

    /// <summary>The roles a token may carry.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Candidate, Registrar, HeadOfCenter, CommissionMember, AppealCommissionMember, ProctoringService, Operator, Administrator];
}
