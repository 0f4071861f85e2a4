using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Rules;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Uploads;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>
/// The candidate's actions on their case (P4, P5, P7, P9, P19, P20, P3) and reading a case (the candidate their own,
/// center staff and commission members their center's, the operator every one).
/// </summary>
public static class CaseActionsApi
{
    public static IEndpointRouteBuilder MapCaseActionsApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/v1/cases").WithTags("Cases");
        cases.MapGet("/{caseId}", Get).RequireAuthorization(Policies.SignedIn).WithSummary("A case as it stands.");

        var candidate = cases.MapGroup("").RequireAuthorization(Policies.Candidate);
        candidate.MapPost("", Apply).Audited("case.apply").WithSummary("Step 1 (P4): apply online.");
        candidate.MapPost("/{caseId}/resubmission", (string caseId, Resubmission body, PlatformUser user, CaseGate gate, AttachmentGate attachments, HttpContext context) =>
            attachments.AttachAsync(UploadOwner.Candidate(user.CandidateKey ?? ""), caseId, AttachmentRequest.ToDocuments(body.Attachments), context, () =>
                gate.AsCandidate(caseId, user, context, (grain, by, id) => grain.Resubmit(new Resubmit(id, AttachmentRequest.ToDocuments(body.Attachments), by)))))
            .Audited("case.resubmit").WithSummary("Step 3 (P5): resubmit the documents after the remarks.");
        candidate.MapPost("/{caseId}/sick-leave", (string caseId, PlatformUser user, CaseGate gate, HttpContext context) =>
            gate.AsCandidate(caseId, user, context, (grain, by, id) => grain.ReportSickLeave(new CaseCommand(id, by))))
            .Audited("case.sick-leave").WithSummary("Step 6 (P7): report temporary incapacity before the exam.");
        candidate.MapPost("/{caseId}/sick-leave-sheet", (string caseId, SickLeaveSheetRequest body, PlatformUser user, CaseGate gate, AttachmentGate attachments, HttpContext context) =>
            attachments.AttachAsync(UploadOwner.Candidate(user.CandidateKey ?? ""), caseId, [body.ToDocument()], context, () =>
                gate.AsCandidate(caseId, user, context, (grain, by, id) => grain.HandInSickLeaveSheet(new HandInSickLeaveSheet(id, body.ToDocument(), by)))))
            .Audited("case.sick-leave-sheet").WithSummary("Step 6 (P7): hand in the copy of the sick-leave sheet (an upload of yours).");
        candidate.MapPut("/{caseId}/exam-language", (string caseId, ExamLanguageRequest body, PlatformUser user, CaseGate gate, HttpContext context) =>
            gate.AsCandidate(caseId, user, context, (grain, by, id) => grain.ChooseExamLanguage(new ChooseExamLanguage(id, body.Language, by))))
            .Audited("case.exam-language").WithSummary("Step 1 (P9): choose the exam language, kk or ru, until the exam notice is sent.");
        candidate.MapPost("/{caseId}/appeal", (string caseId, AppealRequest body, PlatformUser user, CaseGate gate, HttpContext context) =>
            gate.AsCandidate(caseId, user, context, (grain, by, id) => grain.FileAppeal(new FileAppeal(id, body.Grounds, by))))
            .Audited("case.appeal").WithSummary("Step 12 (P20): appeal within 5 working days of receiving the results.");
        candidate.MapPost("/{caseId}/retake", (string caseId, PlatformUser user, CaseGate gate, HttpContext context) =>
            gate.AsCandidate(caseId, user, context, (grain, by, id) => grain.Retake(new CaseCommand(id, by))))
            .Audited("case.retake").WithSummary($"{Rule.P19}: retake both stages after a final failure, reusing the documents.");
        candidate.MapPost("/{caseId}/withdrawal", (string caseId, PlatformUser user, CaseGate gate, HttpContext context) =>
            gate.AsCandidate(caseId, user, context, (grain, by, id) => grain.Withdraw(new CaseCommand(id, by))))
            .Audited("case.withdraw").WithSummary($"{Rule.P3}: withdraw before the exam.");
        return app;
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Get(string caseId, PlatformUser user, CaseGate gate, HttpContext context) =>
        await gate.ReadAsync(caseId, user) is { } view ? TypedResults.Ok(view) : AccessProblems.For(context, AccessDecision.Hidden);

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Apply(
        ApplicationRequest request, PlatformUser user, CaseApplication application, HttpContext context) =>
        CaseResponses.TryCommandId(context, out var commandId)
            ? await application.SubmitAsync(user, commandId, request, context)
            : CaseResponses.BadIdempotencyKey(context);
}
