using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Cases;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Uploads;
using Platform.Frontend.Validation;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Me.Case;

/// <summary>
/// The candidate's actions from the case page, through the same doors as the HTTP API (<see cref="CaseActionsApi"/>):
/// <see cref="CaseGate.AsCandidate"/> with the command id the form carried, <see cref="AttachmentGate"/> for the
/// documents, and the API's own wording of refusals (<see cref="RefusalResponses"/>), so a page and a client are
/// refused alike, with the same status.
/// </summary>
public sealed class CasePageActions(CaseGate gate, AttachmentGate attachments, CaseUploads uploads)
{
    /// <summary>Step 3 (P5): the documents handed in again after the remarks, each a new upload.</summary>
    public async Task<ActionOutcome> ResubmitAsync(HttpContext context, string caseId, PlatformUser user, Guid commandId, IReadOnlyList<NewDocument> documents)
    {
        if (documents.Count == 0)
        {
            return Invalid("Case.Resubmit.NoDocument", "resubmit-file-0");
        }

        var attached = new List<AttachedDocument>();
        for (var i = 0; i < documents.Count; i++)
        {
            var (kind, title, file) = documents[i];
            var stored = await SaveAsync(context, user, file, $"resubmit-file-{i}");
            if (stored.Outcome is { } refused)
            {
                return refused;
            }

            attached.Add(new AttachedDocument(kind, title, stored.Id));
        }

        context.NoteAudit(caseId, ("action", "case.resubmit"), ("uploads", string.Join(",", attached.Select(a => a.StoredAs))));
        return Outcome(context, "resubmit-file-0", await attachments.AttachAsync(UploadOwner.Candidate(user.CandidateKey!), caseId, attached, context, () =>
            gate.AsCandidate(caseId, user, context, (grain, by, id) => grain.Resubmit(new Resubmit(id, attached, by)), commandId)), "Case.Resubmit.Done");
    }

    /// <summary>Step 6 (P7): the copy of the sick-leave sheet, an upload of the candidate's.</summary>
    public async Task<ActionOutcome> HandInSheetAsync(HttpContext context, string caseId, PlatformUser user, Guid commandId, IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return Invalid("Case.SickLeave.SheetMissing", "sheet-file");
        }

        var stored = await SaveAsync(context, user, file, "sheet-file");
        if (stored.Outcome is { } refused)
        {
            return refused;
        }

        var sheet = new SickLeaveSheetRequest(SiteText.Say("Case.SickLeave.SheetTitle"), stored.Id!).ToDocument();
        context.NoteAudit(caseId, ("action", "case.sick-leave-sheet"), ("upload", stored.Id));
        return Outcome(context, "sheet-file", await attachments.AttachAsync(UploadOwner.Candidate(user.CandidateKey!), caseId, [sheet], context, () =>
            gate.AsCandidate(caseId, user, context, (grain, by, id) => grain.HandInSickLeaveSheet(new HandInSickLeaveSheet(id, sheet, by)), commandId)), "Case.SickLeave.SheetDone");
    }

    /// <summary>Step 1 (P9): the exam language, kk or ru, until the exam notice is sent.</summary>
    public async Task<ActionOutcome> ChooseLanguageAsync(HttpContext context, string caseId, PlatformUser user, Guid commandId, string? language)
    {
        if (language is not ("kk" or "ru"))
        {
            return Invalid("Case.Language.Invalid", "exam-language");
        }

        return await ActAsync(context, caseId, user, commandId, "case.exam-language", "Case.Language.Done",
            (grain, by, id) => grain.ChooseExamLanguage(new ChooseExamLanguage(id, language, by)));
    }

    /// <summary>Step 12 (P20): the appeal with its grounds (<see cref="AppealRequest"/>), checked as the API checks them.</summary>
    public async Task<ActionOutcome> AppealAsync(HttpContext context, string caseId, PlatformUser user, Guid commandId, string? grounds)
    {
        grounds = grounds?.Normalize();
        if (string.IsNullOrWhiteSpace(grounds))
        {
            return Invalid("Case.Appeal.GroundsMissing", "appeal-grounds");
        }

        if (TextAttribute.Problem(grounds, Lengths.Prose, multiline: true) is { } problem)
        {
            return new ActionOutcome(StatusCodes.Status400BadRequest, SiteText.Say("Case.Appeal.GroundsInvalid", problem.Trim(), Lengths.Prose), "appeal-grounds");
        }

        return await ActAsync(context, caseId, user, commandId, "case.appeal", "Case.Appeal.Done",
            (grain, by, id) => grain.FileAppeal(new FileAppeal(id, grounds, by)));
    }

    /// <summary>An action with nothing to say but who takes it: P7 incapacity, P3 withdrawal, P19 retake.</summary>
    public Task<ActionOutcome> ActAsync(HttpContext context, string caseId, PlatformUser user, Guid commandId, string audit, string done,
        Func<IApplicationGrain, Actor, Guid, Task<CaseResult>> action)
    {
        context.NoteAudit(caseId, ("action", audit));
        return ActCoreAsync(context, caseId, user, commandId, done, action);
    }

    private async Task<ActionOutcome> ActCoreAsync(HttpContext context, string caseId, PlatformUser user, Guid commandId, string done,
        Func<IApplicationGrain, Actor, Guid, Task<CaseResult>> action) =>
        Outcome(context, null, await gate.AsCandidate(caseId, user, context, action, commandId), done);

    private async Task<(string? Id, ActionOutcome? Outcome)> SaveAsync(HttpContext context, PlatformUser user, IFormFile file, string field)
    {
        var result = await uploads.SaveAsync(UploadOwner.Candidate(user.CandidateKey!), file, context.RequestAborted);
        return result.Stored is { } stored ? (stored.Id, null)
            : (null, new ActionOutcome(
                result.Rejection == UploadRejection.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                CaseMessages.UploadRefusedDetail(result.Rejection).In(Problem.Language(context)), field));
    }

    /// <summary>The API's answer as the page shows it: done, or the problem's detail (the rule cited) with its status.</summary>
    private static ActionOutcome Outcome(HttpContext context, string? field, Results<Ok<CaseView>, ProblemHttpResult> result, string done) =>
        result.Result switch
        {
            ProblemHttpResult problem => new ActionOutcome(problem.StatusCode, problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "",
                problem.StatusCode == StatusCodes.Status409Conflict && problem.ProblemDetails.Extensions.ContainsKey("rule") ? null : field),
            _ => new ActionOutcome(StatusCodes.Status200OK, SiteText.Say(done)),
        };

    private static ActionOutcome Invalid(string key, string field) => new(StatusCodes.Status400BadRequest, SiteText.Say(key), field);
}
