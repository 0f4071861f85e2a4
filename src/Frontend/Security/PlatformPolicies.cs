using Microsoft.AspNetCore.Authorization;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Security;

/// <summary>
/// The policies of <see cref="Policies"/> and the fallback: an endpoint that names no policy still requires a
/// signed-in user (issue 6: "every endpoint has a policy"; the endpoint inventory test also demands an explicit one).
/// </summary>
internal static class PlatformPolicies
{
    public static void Add(AuthorizationOptions options)
    {
        Add(options, Policies.Administrator, Roles.Administrator);
        Add(options, Policies.Operator, Roles.Operator, Roles.Administrator);
        Add(options, Policies.CenterStaff, Roles.Registrar, Roles.HeadOfCenter);
        Add(options, Policies.HeadOfCenter, Roles.HeadOfCenter);
        Add(options, Policies.CaseReader, Roles.Registrar, Roles.HeadOfCenter, Roles.CommissionMember, Roles.AppealCommissionMember, Roles.Operator);
        Add(options, Policies.Candidate, Roles.Candidate);
        Add(options, Policies.CommissionMember, Roles.CommissionMember);
        Add(options, Policies.AppealCommissionMember, Roles.AppealCommissionMember);
        Add(options, Policies.ProctoringService, Roles.ProctoringService);
        options.AddPolicy(Policies.SignedIn, SignedIn().Build());
        options.FallbackPolicy = SignedIn().Build();
    }

    private static void Add(AuthorizationOptions options, string name, params string[] roles) =>
        options.AddPolicy(name, SignedIn().RequireRole(roles).Build());

    private static AuthorizationPolicyBuilder SignedIn() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new OperatorChangesNothing());
}
