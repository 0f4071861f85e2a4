using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Site.Commission;
using Platform.Grains.Commissions;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Signing;

/// <summary>
/// The head's actions from the signing desk, through the same doors as the HTTP API: <see cref="CaseGate.AsStaff"/>
/// in the head's role for the refusal (P5) and the certificate (P18) as <see cref="CenterCasesApi"/> does, and
/// <see cref="CommissionFormation"/> for commissions (P9, P21-1) as <see cref="CommissionsApi"/> does.
/// </summary>
public sealed class SigningActions(CaseGate gate, CommissionFormation formation, IGrainFactory grains)
{
    public async Task<DeskOutcome> SignAsync(HttpContext context, string center, string caseId, PlatformUser user, Guid? commandId, SignatureKind kind)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(caseId, ("action", kind == SignatureKind.Certificate ? "case.certificate" : "case.refusal"));
        return DeskOutcome.From(context, await gate.AsStaff(center, caseId, user, Roles.HeadOfCenter, context, kind == SignatureKind.Certificate
            ? (grain, by, id) => grain.IssueCertificate(new CaseCommand(id, by))
            : (grain, by, id) => grain.SignMotivatedRefusal(new CaseCommand(id, by))));
    }

    public async Task<DeskOutcome> FormAsync(HttpContext context, string center, string commissionId, CommissionRequest request, PlatformUser user)
    {
        if (!CommissionFormation.IsValidId(commissionId))
        {
            return DeskOutcome.Invalid(context, SiteText.Say("Signing.Form.IdInvalid"));
        }

        context.NoteAudit(commissionId, ("action", "commission.form"), ("kind", request.Kind.ToString()), ("case", request.CaseId));
        return DeskOutcome.From(context, await formation.FormAsync(center, commissionId, request, user, context));
    }

    /// <summary>
    /// P21-1 by people, as the commission grain judges it: the members of the examination commission that signed the
    /// case's protocol, with whoever signed it. Each proposed member is shown with the answer.
    /// </summary>
    public async Task<IReadOnlyList<MemberSeparation>> SeparationAsync(CaseExaminers? examiners, IEnumerable<MemberRequest> members)
    {
        var sat = new HashSet<string>(examiners?.SignedBy ?? [], StringComparer.Ordinal);
        if (examiners?.ExaminationCommissionId is { } examination && await grains.GetGrain<ICommissionGrain>(examination).Get() is { } commission)
        {
            sat.UnionWith(commission.Members.Select(m => m.Subject));
        }

        return [.. members.Select(m => new MemberSeparation(m.Subject, m.PrintedName, sat.Contains(m.Subject)))];
    }
}
