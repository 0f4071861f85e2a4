using Platform.Domain.Procedure;
using Platform.Grains.Commissions;

namespace Platform.Grains.Procedure;

/// <summary>
/// P21, P21-1: what registering an appeal looks at, read from the grains before the case acts: the commission named
/// (null when none is formed under its id) and the people who sat on the examination commission that decided the case.
/// </summary>
internal sealed record AppealPanel(AppealCommissionFacts? Commission, IReadOnlyCollection<string> Examiners)
{
    public static async Task<AppealPanel> LoadAsync(IGrainFactory grains, string appealCommissionId, ProtocolDecision? protocol)
    {
        var named = await grains.GetGrain<ICommissionGrain>(appealCommissionId).Get();
        var facts = named is null ? null
            : new AppealCommissionFacts(named.Kind == CommissionKind.Appeal, named.CenterNumber, named.CaseId, [.. named.Members.Select(m => m.Subject)]);
        return new AppealPanel(facts, await ExaminersAsync(grains, protocol?.CommissionId, protocol?.SignedBy ?? []));
    }

    /// <summary>
    /// The members of the examination commission (by subject) with whoever signed its protocol: the separation of P21-1
    /// is by people, so a commission's id proves nothing and its members are what count.
    /// </summary>
    public static async Task<IReadOnlyCollection<string>> ExaminersAsync(IGrainFactory grains, string? examinationCommissionId, IEnumerable<string> signedBy)
    {
        var people = new HashSet<string>(signedBy, StringComparer.Ordinal);
        if (examinationCommissionId is not null && await grains.GetGrain<ICommissionGrain>(examinationCommissionId).Get() is { } examination)
        {
            people.UnionWith(examination.Members.Select(m => m.Subject));
        }

        return people;
    }
}
