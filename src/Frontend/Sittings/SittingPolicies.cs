using Microsoft.AspNetCore.Authorization;
using Platform.Frontend.Security;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Sittings;

/// <summary>
/// The policies of the sittings' HTTP API and hubs beyond those of <see cref="Policies"/>: who may reach an action
/// at all (SPEC §1, P8-P17, P2.8). Which sitting they may touch is decided by <see cref="SittingGate"/> (their own
/// center, their own sitting). Each carries <see cref="OperatorChangesNothing"/> like every platform policy.
/// </summary>
public static class SittingPolicies
{
    /// <summary>Opening a sitting, the theory stage, a technical failure: center staff and examination commission members.</summary>
    public const string Desk = "sitting-desk";

    /// <summary>P8 check-in: the candidate (online) or center staff and commission members (offline).</summary>
    public const string CheckIn = "sitting-check-in";

    /// <summary>P2.8, P13: identity, room scan, confirming a suspicious event: the proctoring service (with its token) or the commission.</summary>
    public const string Proctor = "sitting-proctor";

    /// <summary>P20-P22: the sitting's event log: center staff, commission and appeal commission members of the center, the operator.</summary>
    public const string LogReader = "sitting-log-reader";

    /// <summary>The center's live dashboard hub: center staff, commission members of the center, the operator.</summary>
    public const string Watcher = "sitting-watcher";

    public static void Add(AuthorizationOptions options)
    {
        Add(options, Desk, Roles.Registrar, Roles.HeadOfCenter, Roles.CommissionMember);
        Add(options, CheckIn, Roles.Candidate, Roles.Registrar, Roles.HeadOfCenter, Roles.CommissionMember);
        Add(options, Proctor, Roles.ProctoringService, Roles.CommissionMember);
        Add(options, LogReader, Roles.Registrar, Roles.HeadOfCenter, Roles.CommissionMember, Roles.AppealCommissionMember, Roles.Operator);
        Add(options, Watcher, Roles.Registrar, Roles.HeadOfCenter, Roles.CommissionMember, Roles.AppealCommissionMember, Roles.Operator);
    }

    private static void Add(AuthorizationOptions options, string name, params string[] roles) =>
        options.AddPolicy(name, new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new OperatorChangesNothing()).RequireRole(roles).Build());
}
