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

    /// <summary>The pages this person's roles open, as (text in the page's language, address).</summary>
    public IEnumerable<(string Text, string Href)> Links()
    {
        if (IsCandidate)
        {
            yield return (SiteText.Say("Nav.MyCases"), SiteAddresses.Portal);
            yield return (SiteText.Say("Nav.Apply"), SiteAddresses.Apply);
        }

        if (User.IsCenterStaff && User.Center is { } inbox)
        {
            yield return (SiteText.Say("Center.Nav.Inbox"), $"/center/{Uri.EscapeDataString(inbox)}");
            yield return (SiteText.Say("Schedule.Nav"), $"/center/{Uri.EscapeDataString(inbox)}/schedule");
            yield return (SiteText.Say("Schedule.Day.Nav"), $"/center/{Uri.EscapeDataString(inbox)}/day");
        }

        if (User.Has(Roles.HeadOfCenter) && User.Center is { } center)
        {
            yield return (SiteText.Say("Signing.Nav"), $"/center/{Uri.EscapeDataString(center)}/signing");
            yield return (SiteText.Say("Admin.Staff.Nav"), $"/center/{Uri.EscapeDataString(center)}/staff");
        }

        if (User.Has(Roles.AppealCommissionMember))
        {
            foreach (var commission in User.Commissions.Where(id => id.StartsWith("appeal-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                yield return ($"{SiteText.Say("Appeal.Nav")} {commission}", $"/appeal/{Uri.EscapeDataString(commission)}");
            }
        }

        if (User.Has(Roles.CommissionMember))
        {
            foreach (var commission in User.Commissions.Where(id => !id.StartsWith("appeal-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                yield return ($"{SiteText.Say("Commission.Nav")} {commission}", $"/commission/{Uri.EscapeDataString(commission)}");
            }
        }

        if ((User.IsCenterStaff || User.Has(Roles.CommissionMember)) && User.Center is { } live)
        {
            yield return (SiteText.Say("Nav.LiveSittings"), $"/center/{Uri.EscapeDataString(live)}/live");
        }

        if (User.Has(Roles.Operator) || User.Has(Roles.Administrator))
        {
            yield return (SiteText.Say("Operator.Nav.National"), "/operator");
            yield return (SiteText.Say("Operator.Nav.Deadlines"), "/operator/deadlines");
            yield return (SiteText.Say("Operator.Nav.Registry"), "/operator/registry");
            yield return (SiteText.Say("Operator.Nav.Audit"), "/operator/audit");
            yield return (SiteText.Say("Operator.Nav.Statistics"), "/operator/statistics");
        }

        if (User.Has(Roles.Administrator))
        {
            yield return (SiteText.Say("Admin.Nav"), "/admin");
            yield return (SiteText.Say("Nav.Dashboard"), "/dashboard/");
        }
    }
}
