using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Uploads;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>
/// Step 1 (P4): a candidate applies online — the one path of <c>POST /api/v1/cases</c> and of the site's application
/// form. The listed uploads pass the <see cref="AttachmentGate"/>; the case grain checks the rest (consent, center,
/// program, language: P4, P9, App.1) and answers the case or its refusal.
/// </summary>
public sealed class CaseApplication(IGrainFactory grains, AttachmentGate attachments)
{
    /// <summary>The case the command id opens: one case per command, so a retried application lands on the same case.</summary>
    public static string CaseIdFor(Guid commandId) => "case-" + commandId.ToString("N");

    public async Task<Results<Ok<CaseView>, ProblemHttpResult>> SubmitAsync(
        PlatformUser user, Guid commandId, ApplicationRequest request, HttpContext context)
    {
        if (request.CandidateKey is not null && request.CandidateKey != user.CandidateKey)
        {
            return CaseResponses.Invalid(context, "a candidate applies for themselves; leave candidateKey out");
        }

        var caseId = CaseIdFor(commandId);
        var documents = AttachmentRequest.ToDocuments(request.Attachments);
        return await attachments.AttachAsync(UploadOwner.Candidate(user.CandidateKey!), caseId, documents, context, async () =>
            CaseResponses.From(context, await grains.GetGrain<IApplicationGrain>(caseId).Submit(new SubmitApplication(
                commandId, request.CenterNumber, user.CandidateKey!, request.ProgramCode, request.NrkLevel!.Value, ApplicationChannel.Online,
                documents, request.PersonalDataConsent, request.ExamLanguage, CaseGate.ActorOf(user, Roles.Candidate)))));
    }
}
