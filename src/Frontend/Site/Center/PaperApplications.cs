using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Identity;
using Platform.Frontend.Cases;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Uploads;
using Platform.Frontend.Validation;
using Platform.Grains.Candidates;
using Platform.Grains.Procedure;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Center;

/// <summary>
/// Step 1 (P4) on paper: the registrar registers the person (App.1) and their application, through the same services
/// as <c>POST /api/v1/centers/{center}/candidates</c> and <c>…/cases</c>: <see cref="CandidateRegistrar"/> (an existing
/// person is attached unchanged; one whose name differs is a 409 that tells nothing about them), the center's uploads
/// (<see cref="DocumentUploads"/>), <see cref="AttachmentGate"/> and the case grain, which checks consent, program and
/// language (P4, P9). The command id the form carried names the case, so a double submit opens one case.
/// </summary>
public sealed class PaperApplications(CandidateRegistrar registrar, DocumentUploads uploads, AttachmentGate attachments, IGrainFactory grains)
{
    public async Task<(CenterOutcome Outcome, string? CaseId)> RegisterAsync(
        HttpContext context, string center, PlatformUser user, PaperForm form, IReadOnlyList<ProgramSummary> programs)
    {
        if (PaperChecks.FirstProblem(form, programs) is { } invalid)
        {
            return (invalid, null);
        }

        var program = programs.First(p => p.Code == form.ProgramCode);
        var (key, change) = await registrar.RegisterFromPaperAsync(Iin.Parse(form.Iin), new CandidateRegistration(
            form.Iin, form.Surname, form.GivenName, form.HomeAddress, form.Email, form.MobilePhone,
            form.ConsentToProcessing, form.ConsentToNskPlacement, form.Patronymic, form.WorkPhone));
        if (change == IdentityChange.Mismatch)
        {
            return (new CenterOutcome(StatusCodes.Status409Conflict, SiteText.Say("Center.Paper.Mismatch"), "iin"), null);
        }

        context.NoteAudit(key, ("identity", CandidateRegistrar.AuditOutcome(change)));
        var documents = new List<AttachedDocument>();
        foreach (var (kind, file) in form.Scans)
        {
            await using var content = file.OpenReadStream();
            var declared = file.ContentType?.Split(';')[0].Trim();
            var saved = await uploads.SaveAsync(UploadOwner.Center(center), content, declared is null or "" or "application/octet-stream" ? null : declared, context);
            if (saved.Stored is not { } stored)
            {
                return (new CenterOutcome(saved.Rejection == UploadRejection.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
                    CaseMessages.UploadRefusedDetail(saved.Rejection).In(SiteLanguage.Current), "scan-" + kind), null);
            }

            documents.Add(new AttachedDocument(kind, SiteText.Say("Center.Kind." + kind), stored.Id));
        }

        var caseId = CaseApplication.CaseIdFor(form.CommandId);
        var result = await attachments.AttachAsync(UploadOwner.Center(center), caseId, documents, context, async () =>
            CaseResponses.From(context, await grains.GetGrain<IApplicationGrain>(caseId).Submit(new SubmitApplication(
                form.CommandId, center, key, program.Code, program.NrkLevel, ApplicationChannel.Paper, documents,
                form.ConsentToProcessing, form.ExamLanguage, CaseGate.ActorOf(user, user.Has(Roles.Registrar) ? Roles.Registrar : Roles.HeadOfCenter)))));
        var done = change == IdentityChange.Created ? "Center.PaperNew.Done" : "Center.PaperExisting.Done";
        return result.Result is ProblemHttpResult problem
            ? (new CenterOutcome(problem.StatusCode, problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? ""), null)
            : (CenterOutcome.Done(done), caseId);
    }
}
