namespace Platform.Frontend.Security.Audit;

/// <summary>
/// One audit entry to write. <paramref name="Actor"/> is the token's subject (<c>anonymous</c> without one), never a
/// name; <paramref name="Subject"/> names the case or resource by key; <paramref name="Details"/> are small facts —
/// keys, counts, statuses — and never personal data in clear.
/// </summary>
public sealed record AuditEntry(
    string Actor,
    string? ActorRoles,
    string Action,
    string? Subject,
    string? Origin,
    IReadOnlyDictionary<string, string?> Details)
{
    public const string Anonymous = "anonymous";

    /// <summary>An entry for the current request's user and client address.</summary>
    public static AuditEntry For(HttpContext context, string action, string? subject, IReadOnlyDictionary<string, string?>? details = null)
    {
        var user = context.User;
        var signedIn = user.Identity?.IsAuthenticated == true;
        var roles = signedIn && user.Identity is System.Security.Claims.ClaimsIdentity identity
            ? string.Join(',', user.FindAll(identity.RoleClaimType).Select(claim => claim.Value).Order(StringComparer.Ordinal))
            : null;
        return new AuditEntry(
            signedIn ? user.Identity!.Name ?? Anonymous : Anonymous,
            roles,
            action,
            subject,
            context.Connection.RemoteIpAddress?.ToString(),
            details ?? new Dictionary<string, string?>());
    }
}
