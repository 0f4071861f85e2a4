namespace Platform.Frontend.Security;

/// <summary>The roles of the platform (SPEC §1), as they appear in the <c>role</c> claims of a token.</summary>
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

    public static IReadOnlyList<string> All { get; } =
        [Candidate, Registrar, HeadOfCenter, CommissionMember, AppealCommissionMember, ProctoringService, Operator, Administrator];
}
