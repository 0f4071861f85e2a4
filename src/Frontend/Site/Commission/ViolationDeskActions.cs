using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;

namespace Platform.Frontend.Site.Commission;

/// <summary>
/// The commission's violation acts from its desk (P13, P14), through <see cref="ViolationActs"/> — the service of
/// <c>POST /api/v1/commissions/{id}/cases/{caseId}/violation-act</c> — with the command id the form carried.
/// </summary>
public sealed class ViolationDeskActions(ViolationActs acts)
{
    /// <summary>Offline: the oral warning of a first violation, or the removal of a repeated one, in a signed act.</summary>
    public async Task<DeskOutcome> DrawUpAsync(HttpContext context, string commissionId, string caseId, PlatformUser user, Guid? commandId, OfflineViolationActRequest request)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(caseId, ("action", "case.violation-act"), ("commission", commissionId), ("outcome", request.Outcome.ToString()));
        return DeskOutcome.From(context, await acts.DrawUpOfflineAsync(commissionId, caseId, request, user, context));
    }

    /// <summary>Online: the act the sitting drafted at its termination, signed by the members ticked.</summary>
    public async Task<DeskOutcome> SignAsync(HttpContext context, string commissionId, PendingAct act, PlatformUser user, Guid? commandId, IReadOnlyList<string> signatories)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(act.CaseId, ("action", "sitting.violation-act-signed"), ("commission", commissionId), ("sitting", act.SittingId));
        return DeskOutcome.From(context, await acts.SignOnlineAsync(commissionId, act.SittingId, signatories, user, context));
    }
}
