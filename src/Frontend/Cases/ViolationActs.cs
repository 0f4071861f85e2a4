using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Sittings;
using Platform.Grains.Commissions;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Cases;

/// <summary>
/// P14: the examination commission's violation acts, signed by its present members named from the commission's own
/// membership (the accounts posted; printed names and roles from the commission grain). Offline (P13) the act is drawn
/// up and signed on the case through <see cref="CommissionDesk"/>; online the act the sitting drafted at its termination
/// is signed through <see cref="SittingGate"/>, as <c>POST /api/v1/sittings/{id}/violation-act/signature</c> does.
/// </summary>
public sealed class ViolationActs(IGrainFactory grains, CommissionDesk desk, SittingGate sittings)
{
    public static readonly Text InvalidSignatories = new(
        "the act is signed by present members of this commission, each named once",
        "акт подписывают присутствующие члены этой комиссии, каждый указывается один раз",
        "актіге осы комиссияның қатысып отырған мүшелері қол қояды, әрқайсысы бір рет көрсетіледі");

    public async Task<Results<Ok<CaseView>, ProblemHttpResult>> DrawUpOfflineAsync(
        string commissionId, string caseId, OfflineViolationActRequest body, PlatformUser user, HttpContext context)
    {
        var signatories = await SignatoriesAsync(commissionId, body.Signatories, user);
        if (signatories is { Count: 0 })
        {
            return CaseResponses.Invalid(context, InvalidSignatories);
        }

        // A non-member (signatories null) gets the desk's own answer: the commission is none of their business.
        return await desk.ActAsync(commissionId, caseId, user, appeal: false, context, (grain, by, id, _) => grain.DrawUpViolationAct(
            new DrawUpViolationAct(id, body.Outcome!.Value, body.Stage, body.Observed, signatories ?? [], by)));
    }

    public async Task<Results<Ok<SittingView>, ProblemHttpResult>> SignOnlineAsync(
        string commissionId, string sittingId, IReadOnlyList<string> subjects, PlatformUser user, HttpContext context)
    {
        var signatories = await SignatoriesAsync(commissionId, subjects, user);
        if (signatories is null)
        {
            return AccessProblems.For(context, AccessDecision.Hidden);
        }

        return signatories.Count == 0
            ? CaseResponses.Invalid(context, InvalidSignatories)
            : await sittings.ActAsync(sittingId, SittingDoor.Commission, user, context, (grain, by, id) => grain.SignViolationAct(new SignViolationAct(id, signatories, by)));
    }

    /// <summary>
    /// The members named, in the commission's order; empty when one is not a member or none is named; null when the
    /// caller does not sit on the commission (its examination kind).
    /// </summary>
    private async Task<IReadOnlyList<Signatory>?> SignatoriesAsync(string commissionId, IReadOnlyList<string> subjects, PlatformUser user)
    {
        if (await grains.GetGrain<ICommissionGrain>(commissionId).Get() is not { Kind: CommissionKind.Examination } commission
            || commission.Members.All(m => m.Subject != user.Subject))
        {
            return null;
        }

        var named = subjects.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (named.Count == 0 || named.Distinct(StringComparer.Ordinal).Count() != named.Count || named.Any(s => commission.Members.All(m => m.Subject != s)))
        {
            return [];
        }

        return [.. commission.Members.Where(m => named.Contains(m.Subject)).Select(m => new Signatory(m.PrintedName, m.Role))];
    }
}
