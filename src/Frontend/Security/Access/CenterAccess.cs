using Platform.Grains.Procedure;

namespace Platform.Frontend.Security.Access;

/// <summary>
/// Center isolation (issue 6): staff act only on their own center's cases. A registrar or head of another center is
/// answered <see cref="AccessDecision.Hidden"/> (404), never told the case exists. Commission members of the center
/// read its cases; the operator reads every center's and changes none.
/// </summary>
public sealed class CenterAccess
{
    public AccessDecision Check(PlatformUser user, string center, AccessIntent intent)
    {
        var ownCenter = string.Equals(user.Center, center, StringComparison.Ordinal);
        if (ownCenter && user.IsCenterStaff)
        {
            return AccessDecision.Allowed;
        }

        if (intent == AccessIntent.Read && ownCenter && (user.Has(Roles.CommissionMember) || user.Has(Roles.AppealCommissionMember)))
        {
            return AccessDecision.Allowed;
        }

        return OperatorOrHidden(user, intent);
    }

    /// <summary>
    /// The national view of a case (issue 15: the operator's case page, linked from the deadlines board): the operator,
    /// and an administrator of the national system, who sees what the operator sees; both read only. Anyone else: hidden.
    /// </summary>
    public static AccessDecision NationalRead(PlatformUser user, AccessIntent intent) =>
        !user.Has(Roles.Operator) && !user.Has(Roles.Administrator) ? AccessDecision.Hidden
        : intent == AccessIntent.Read ? AccessDecision.Allowed : AccessDecision.Forbidden;

    internal static AccessDecision OperatorOrHidden(PlatformUser user, AccessIntent intent) => user.Has(Roles.Operator)
        ? intent == AccessIntent.Read ? AccessDecision.Allowed : AccessDecision.Forbidden
        : AccessDecision.Hidden;
}
