using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Site.Commission;
using Platform.Grains.Candidates;
using Platform.Grains.Commissions;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Appeal;

/// <summary>
/// What an appeal commission's desk reads (P21, P21-1, P22): the commission, when the signed-in member sits on it (the
/// token's commissions, as <see cref="Cases.CommissionDesk"/> checks them with <c>appeal: true</c>, and the commission
/// grain's members); the case it was formed for (an appeal commission reviews one case), and that case's documents.
/// </summary>
public sealed class AppealDeskReader(IGrainFactory grains, CommissionAccess access, Center.CandidateNames names)
{
    /// <summary>The appeal commission, or null (the page answers 404) when the member does not sit on it.</summary>
    public async Task<CommissionView?> CommissionAsync(PlatformUser? user, string commissionId)
    {
        if (user is null || access.Check(user, commissionId, AccessIntent.Change, appeal: true) != AccessDecision.Allowed)
        {
            return null;
        }

        var commission = await grains.GetGrain<ICommissionGrain>(commissionId).Get();
        return commission is { Kind: CommissionKind.Appeal } && commission.Members.Any(m => m.Subject == user.Subject) ? commission : null;
    }

    /// <summary>The appeals before the commission: the case it was formed for, when that case is of its center.</summary>
    public async Task<IReadOnlyList<DeskCase>> AppealsAsync(CommissionView commission) =>
        commission.CaseId is { } caseId && await CaseAsync(commission, caseId) is { } one ? [one] : [];

    /// <summary>The case the commission was formed for, or null (404) for any other case.</summary>
    public async Task<DeskCase?> CaseAsync(CommissionView commission, string caseId)
    {
        if (commission.CaseId != caseId || !caseId.StartsWith("case-", StringComparison.Ordinal)
            || await grains.GetGrain<IApplicationGrain>(caseId).Get() is not { } view || view.CenterNumber != commission.CenterNumber)
        {
            return null;
        }

        return new DeskCase(view, await names.FullNameAsync(view.CandidateKey, CancellationToken.None));
    }

    /// <summary>The case's documents the commission reviews or makes: the violation act (P14) and its own protocol (P22).</summary>
    public async Task<IReadOnlyList<DocumentHeader>> DocumentsAsync(CaseView view) =>
        [.. (await grains.GetGrain<ICandidateGrain>(view.CandidateKey).GetPersonalFile())
            .Where(d => d.CaseReference == view.CaseId && d.Kind is DocumentKind.ViolationAct or DocumentKind.AppealProtocol)
            .OrderBy(d => d.IssuedAt)];

    /// <summary>The time the appeal was filed (P20), from the case's history.</summary>
    public static DateTimeOffset? FiledAt(CaseView view) =>
        view.History.LastOrDefault(e => e.What == "FileAppeal")?.At;
}
