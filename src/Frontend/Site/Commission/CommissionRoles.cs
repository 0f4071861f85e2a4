using Platform.Grains.Documents;

namespace Platform.Frontend.Site.Commission;

/// <summary>The text keys of a commission member's role (P9).</summary>
public static class CommissionRoles
{
    public static string Key(CommissionRole role) => role switch
    {
        CommissionRole.Chair => "Commission.Role.Chair",
        CommissionRole.Secretary => "Commission.Role.Secretary",
        _ => "Commission.Role.Member",
    };
}
