using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Platform.Frontend.Security;

/// <summary>
/// The signed-in user as the platform sees them: subject, roles, their center (staff), commissions (members) and
/// candidate key (candidates). An endpoint takes it as a parameter; it binds from the request's
/// <see cref="ClaimsPrincipal"/> with the claim names of <see cref="PlatformAuthOptions"/>.
/// </summary>
public sealed record PlatformUser(
    string Subject,
    IReadOnlySet<string> Roles,
    string? Center,
    IReadOnlySet<string> Commissions,
    string? CandidateKey)
{
    /// <summary>Reads the user from a principal; null when it is not authenticated.</summary>
    public static PlatformUser? From(ClaimsPrincipal principal, PlatformAuthOptions claims)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        return new PlatformUser(
            principal.FindFirst(claims.SubjectClaim)?.Value ?? "",
            Values(principal, claims.RoleClaim),
            principal.FindFirst(claims.CenterClaim)?.Value,
            Values(principal, claims.CommissionsClaim),
            principal.FindFirst(claims.CandidateClaim)?.Value);
    }

    /// <summary>Minimal API binding: <c>(PlatformUser user) =&gt; …</c> in an endpoint that requires a signed-in user.</summary>
    public static ValueTask<PlatformUser?> BindAsync(HttpContext context) =>
        ValueTask.FromResult(From(context.User, context.RequestServices.GetRequiredService<IOptions<PlatformAuthOptions>>().Value));

    public bool Has(string role) => Roles.Contains(role);

    /// <summary>A registrar or head of center.</summary>
    public bool IsCenterStaff => Has(Grains.Procedure.Roles.Registrar) || Has(Grains.Procedure.Roles.HeadOfCenter);

    /// <summary>Roles joined for an audit row.</summary>
    public string RoleList => string.Join(',', Roles.Order(StringComparer.Ordinal));

    private static HashSet<string> Values(ClaimsPrincipal principal, string type) =>
        principal.FindAll(type).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
}
