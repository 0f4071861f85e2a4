namespace Platform.Frontend.Security;

/// <summary>
/// The names of the authorization policies every endpoint and hub method is given (issue 6). A policy says which
/// roles may reach an endpoint at all; which case, candidate or commission they may touch there is decided by the
/// resource checks (<see cref="Access.CenterAccess"/>, <see cref="Access.CandidateAccess"/>,
/// <see cref="Access.CommissionAccess"/>). Every policy also carries <see cref="OperatorChangesNothing"/>.
/// </summary>
public static class Policies
{
    /// <summary>Platform administration: calendars, programs, the Orleans dashboard.</summary>
    public const string Administrator = "administrator";

    /// <summary>The national operator's read-only overview of all centers, and the audit log (administrators too).</summary>
    public const string Operator = "operator";

    /// <summary>Center staff acting on their own center's cases: registrars and heads (SPEC §1).</summary>
    public const string CenterStaff = "center-staff";

    /// <summary>What only the head of a center signs: motivated refusals, certificates, commissions (SPEC §1, P5, App.2).</summary>
    public const string HeadOfCenter = "head-of-center";

    /// <summary>Reading a case: its center's staff and commission members, and the operator (narrowed by the resource checks).</summary>
    public const string CaseReader = "case-reader";

    /// <summary>A candidate acting on their own cases and documents.</summary>
    public const string Candidate = "candidate";

    /// <summary>A member of an examination commission, in the commissions they belong to (P9, P17).</summary>
    public const string CommissionMember = "commission-member";

    /// <summary>A member of an appeal commission, in the reviews they were appointed to (P21-1, P22).</summary>
    public const string AppealCommissionMember = "appeal-commission-member";

    /// <summary>The online proctoring machine client (P2.8, P11), for the sittings its proctoring token names.</summary>
    public const string ProctoringService = "proctoring-service";

    /// <summary>Any signed-in user, whatever the role (their own profile, say).</summary>
    public const string SignedIn = "signed-in";
}
