using Platform.Domain.Rules;

namespace Platform.Grains.Commissions;

/// <summary>
/// An examination or appeal commission (P9, P21-1): its members with their roles, and its decisions by majority
/// of the members present with the chair deciding a tie, signed by the members present. Key: <c>commission-&lt;guid&gt;</c>.
/// </summary>
[Alias("Platform.Grains.Commissions.ICommissionGrain")]
public interface ICommissionGrain : IGrainWithStringKey
{
    /// <summary>Forms the commission once; answers the refusal when the composition breaks a rule (null when formed).</summary>
    [Alias("Form")]
    Task<Refusal?> Form(FormCommission command);

    [Alias("Get")]
    Task<CommissionView?> Get();

    /// <summary>Whether the account is a member (the frontend's check before a member acts).</summary>
    [Alias("IsMember")]
    Task<bool> IsMember(string subject);

    /// <summary>
    /// Decides by majority of the present members' votes, the chair deciding a tie (the chair must then be present).
    /// Every present member must vote, and only members vote.
    /// </summary>
    [Alias("Decide")]
    Task<CommissionDecision> Decide(IReadOnlyList<Vote> votes);
}
