using Microsoft.Extensions.Options;
using Platform.Frontend.Security;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site;

/// <summary>The person a page is rendered for: who they are, in which roles, and the links their roles open.</summary>
public sealed record SiteUser(PlatformUser User, string DisplayName)
{
    public static SiteUser? Of(HttpContext context)
    {
        var claims = context.RequestServices.GetRequiredService<IOptions<PlatformAuthOptions>>().Value;
        if (PlatformUser.From(context.User, claims) is not { } user)
        {
            return null;
        }

        var nameClaim = context.RequestServices.GetRequiredService<IOptions<SiteSignInOptions>>().Value.NameClaim;
        return new SiteUser(user, context.User.FindFirst(nameClaim)?.Value ?? user.Subject);
    }

    public bool IsCandidate => User.Has(Roles.Candidate) && User.CandidateKey is not null;

    /// <summary>The roles' names as resource keys, in a stable order.</summary>
    public IEnumerable<string> RoleKeys => User.Roles.Order(StringComparer.Ordinal).Select(role => "Role." + role);

    /// <summary>The pages this person's roles open, as (resource key, address).</summary>
    public IEnumerable<(string Key, string Href)> Links()
    {
        if (IsCandidate)
        {
            yield return ("Nav.MyCases", SiteAddresses.Portal);
            yield return ("Nav.Apply", SiteAddresses.Apply);
        }

        if (User.IsCenterStaff || User.Has(Roles.CommissionMember))
        {
            yield return ("Nav.LiveSittings", "/center.html");
        }

        if (User.Has(Roles.Administrator))
        {
            yield return ("Nav.Dashboard", "/dashboard/");
        }
    }
}
