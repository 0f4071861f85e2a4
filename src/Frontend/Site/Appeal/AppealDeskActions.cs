using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Site.Commission;
using Platform.Frontend.Validation;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Appeal;

/// <summary>
/// The appeal commission's decision from its desk (P22, P23), through the same door as
/// <c>POST /api/v1/appeal-commissions/{commissionId}/cases/{caseId}/decision</c> (<see cref="CommissionsApi"/>:
/// <see cref="CommissionDesk.DecideAsync"/> with <c>appeal: true</c> — the member's commission, the one case it was
/// formed for, the votes decided by the commission grain), with the command id the form carried.
/// </summary>
public sealed class AppealDeskActions(CommissionDesk desk)
{
    /// <summary>The choices of an appeal vote, as the API names them (P23).</summary>
    public static readonly string[] Choices = ["upheld", "rejected", "technicalDiscrepancy"];

    public async Task<DeskOutcome> DecideAsync(HttpContext context, string commissionId, string caseId, PlatformUser user, Guid? commandId, VotesRequest votes)
    {
        if (votes.Votes.Count == 0)
        {
            return DeskOutcome.Invalid(context, SiteText.Say("Appeal.Decision.NoVotes"));
        }

        if (votes.Reasons is { Length: > Lengths.Prose })
        {
            return DeskOutcome.Invalid(context, SiteText.Say("Appeal.Decision.ReasonsTooLong", Lengths.Prose));
        }

        FormCommand.Carry(context, commandId);
        context.NoteAudit(caseId, ("action", "case.appeal-decision"), ("commission", commissionId));
        return DeskOutcome.From(context, await desk.DecideAsync(commissionId, caseId, user, appeal: true, votes, context, (grain, by, id, decision) => grain.DecideAppeal(
            new DecideAppeal(id, Enum.Parse<AppealOutcome>(decision.Choice!, ignoreCase: true), votes.Reasons ?? "", decision.SignedBy, by))));
    }
}
