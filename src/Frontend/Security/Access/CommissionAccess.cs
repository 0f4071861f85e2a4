using Platform.Grains.Procedure;

namespace Platform.Frontend.Security.Access;

/// <summary>
/// A commission member acts only in the commissions they belong to (P9, P21-1): the ids of the token's commissions
/// claim. Examination and appeal commissions are told apart by the role, so an appeal member cannot act as an
/// examiner with the same id.
/// </summary>
public sealed class CommissionAccess
{
    public AccessDecision Check(PlatformUser user, string commissionId, AccessIntent intent, bool appeal = false)
    {
        var role = appeal ? Roles.AppealCommissionMember : Roles.CommissionMember;
        return user.Has(role) && user.Commissions.Contains(commissionId)
            ? AccessDecision.Allowed
            : CenterAccess.OperatorOrHidden(user, intent);
    }
}
