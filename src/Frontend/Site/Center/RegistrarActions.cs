using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Validation;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// The registrar's actions from the review page, through the same door as <c>POST /api/v1/centers/{center}/cases/…</c>
/// (<see cref="CenterCasesApi"/>): <see cref="CaseGate"/> with the center check (another center's case is 404), the
/// actor in the role they hold, the command id the form carried (a double submit is one command), and the API's wording of
/// refusals (409 with the rule cited in the page's language).
/// </summary>
public sealed class RegistrarActions(CaseGate gate, CenterAccess access)
{
    /// <summary>Step 2 (P5): the notice with remarks — the ones chosen and the ones written, at least one, each a text.</summary>
    public Task<CenterOutcome> SendRemarksAsync(HttpContext context, string center, string caseId, PlatformUser user, Guid commandId, IReadOnlyList<string> remarks)
    {
        if (remarks.Count == 0)
        {
            return Task.FromResult(CenterOutcome.Invalid("Center.Remarks.None", "remarks-written"));
        }

        if (remarks.Count > Lengths.Remarks || remarks.Any(r => TextAttribute.Problem(r, Lengths.Remark, multiline: true) is not null))
        {
            return Task.FromResult(new CenterOutcome(StatusCodes.Status400BadRequest, SiteText.Say("Center.Remarks.Invalid", Lengths.Remarks, Lengths.Remark), "remarks-written"));
        }

        return ActAsync(context, center, caseId, user, commandId, "case.remarks", "Center.Remarks.Done", Roles.Registrar,
            (grain, by, id) => grain.SendRemarks(new SendRemarks(id, remarks, by)));
    }

    /// <summary>Runs one action on the case as the API's staff endpoints run it, and says what came of it.</summary>
    public async Task<CenterOutcome> ActAsync(HttpContext context, string center, string caseId, PlatformUser user, Guid commandId,
        string audit, string done, string role, Func<IApplicationGrain, Actor, Guid, Task<CaseResult>> action)
    {
        context.NoteAudit(caseId, ("action", audit));
        var held = user.Has(role) ? role : user.Has(Roles.HeadOfCenter) ? Roles.HeadOfCenter : Roles.Registrar;
        var result = await gate.ActAsync(caseId, context,
            view => view.CenterNumber != center ? AccessDecision.Hidden : access.Check(user, center, AccessIntent.Change),
            CaseGate.ActorOf(user, held), action, commandId);
        return result.Result switch
        {
            ProblemHttpResult problem => new CenterOutcome(problem.StatusCode, problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? ""),
            _ => CenterOutcome.Done(done),
        };
    }
}
