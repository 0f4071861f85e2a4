using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Identity;
using Platform.Domain.Rules;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Uploads;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;
using Platform.Grains.Procedure;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>
/// A center's staff at work on its cases (SPEC §2 steps 1-16): registrars and the head act on their own center's cases
/// only; another center's case answers 404. The route names the center so isolation is visible in every URL.
/// </summary>
public static class CenterCasesApi
{
    public static IEndpointRouteBuilder MapCenterCasesApi(this IEndpointRouteBuilder app)
    {
        var center = app.MapGroup("/api/v1/centers/{center}").WithTags("Center");

        var staff = center.MapGroup("").RequireAuthorization(Policies.CenterStaff);
        staff.MapPost("/candidates", RegisterCandidate).Audited("candidate.register-paper")
            .WithSummary($"{Rule.P4}: registers a candidate who applies on paper (App.1).");
        staff.MapPost("/cases", RegisterPaperApplication).Audited("case.register-paper")
            .WithSummary("Step 1 (P4): registers an application handed in on paper.");
        Staff(staff, "/cases/{caseId}/remarks", "case.remarks", "Step 2 (P5): the notice with remarks.", Roles.Registrar,
            (RemarksRequest body) => (grain, by, id) => grain.SendRemarks(new SendRemarks(id, body.Remarks, by)));
        Staff(staff, "/cases/{caseId}/contract", "case.contract", "Step 4 (P5): the contract on a complete package.", Roles.Registrar,
            () => (grain, by, id) => grain.ConcludeContract(new CaseCommand(id, by)));
        Staff(staff, "/cases/{caseId}/exam-notice", "case.exam-notice", "Step 5 (P6) or a reschedule (P7, P11): the exam notice.", Roles.Registrar,
            (ExamNoticeRequest body) => (grain, by, id) => grain.ScheduleExam(new ScheduleExam(id, body.StartsAt!.Value, body.Place, body.Online, body.Reason, by)));
        Staff(staff, "/cases/{caseId}/sick-leave-sheet-received", "case.sick-leave-sheet-received", "Step 6 (P7): the copy of the sick-leave sheet received; a reschedule may follow.", Roles.Registrar,
            () => (grain, by, id) => grain.RecordSickLeaveSheetReceived(new CaseCommand(id, by)));
        Staff(staff, "/cases/{caseId}/results-received", "case.results-received", "Step 12 (P20): the results handed over on paper.", Roles.Registrar,
            (ResultsReceivedRequest body) => (grain, by, id) => grain.RecordResultsReceived(new RecordResultsReceived(id, body.ReceivedOn!.Value, true, by)));
        Staff(staff, "/cases/{caseId}/failure-notice", "case.failure-notice", "Step 11b (P19): the failure notice with recommendations.", Roles.Registrar,
            (FailureNoticeRequest body) => (grain, by, id) => grain.SendFailureNotice(new SendFailureNotice(id, body.Recommendations, by)));
        Staff(staff, "/cases/{caseId}/appeal-registration", "case.appeal-registration", "Step 13 (P21, P21-1): the appeal passed to the appeal commission.", Roles.Registrar,
            (AppealRegistrationRequest body) => (grain, by, id) => grain.RegisterAppeal(new RegisterAppeal(id, body.AppealCommissionId, by)));

        var head = center.MapGroup("").RequireAuthorization(Policies.HeadOfCenter);
        Staff(head, "/cases/{caseId}/refusal", "case.refusal", "Step 3 (P5): the head signs the motivated refusal.", Roles.HeadOfCenter,
            () => (grain, by, id) => grain.SignMotivatedRefusal(new CaseCommand(id, by)));
        Staff(head, "/cases/{caseId}/certificate", "case.certificate", "Step 11a (P18, App.2): the head issues the recognition document.", Roles.HeadOfCenter,
            () => (grain, by, id) => grain.IssueCertificate(new CaseCommand(id, by)));
        Staff(head, "/cases/{caseId}/appeal-protocol-destruction", "case.appeal-protocol-destroyed",
            "Step 16 (P22): the head destroys the appeal protocol after its 3 years of retention.", Roles.HeadOfCenter,
            () => (grain, by, id) => grain.DestroyAppealProtocol(new CaseCommand(id, by)));
        return app;
    }

    /// <summary>Maps one staff action without a body; the actor's role is the one the action is taken in.</summary>
    private static void Staff(RouteGroupBuilder group, string route, string audit, string summary, string role,
        Func<Func<IApplicationGrain, Actor, Guid, Task<CaseResult>>> action) =>
        group.MapPost(route, (string center, string caseId, PlatformUser user, CaseGate gate, HttpContext context) =>
                gate.AsStaff(center, caseId, user, RoleOf(user, role), context, action()))
            .Audited(audit).WithSummary(summary);

    private static void Staff<TBody>(RouteGroupBuilder group, string route, string audit, string summary, string role,
        Func<TBody, Func<IApplicationGrain, Actor, Guid, Task<CaseResult>>> action) where TBody : class =>
        group.MapPost(route, (string center, string caseId, TBody? body, PlatformUser user, CaseGate gate, HttpContext context) =>
                body is null
                    ? RequestBody.MissingAsync<CaseView>(context)
                    : gate.AsStaff(center, caseId, user, RoleOf(user, role), context, action(body)))
            .Audited(audit).WithSummary(summary);

    /// <summary>A head may do a registrar's work; the action records the role actually held.</summary>
    private static string RoleOf(PlatformUser user, string wanted) =>
        user.Has(wanted) ? wanted : user.Has(Roles.HeadOfCenter) ? Roles.HeadOfCenter : Roles.Registrar;

    private static async Task<Results<Ok<PaperCandidate>, ProblemHttpResult>> RegisterCandidate(
        string center, CandidateRegistration registration, PlatformUser user, CenterAccess access, CandidateRegistrar registrar, HttpContext context)
    {
        if (access.Check(user, center, AccessIntent.Change) is var decision and not AccessDecision.Allowed)
        {
            return AccessProblems.For(context, decision);
        }

        if (!Iin.TryParse(registration.Iin, out var iin, out var error))
        {
            return Problem.BadRequest(context, CaseMessages.InvalidIin, CaseMessages.InvalidIinDetail(error.ToString()));
        }

        var (key, change) = await registrar.RegisterFromPaperAsync(iin!, registration);
        if (change == IdentityChange.Mismatch)
        {
            // Nothing about the person registered under this IIN is told: no name, no key.
            return Problem.Create(context, StatusCodes.Status409Conflict, CaseMessages.IdentityMismatch, CaseMessages.IdentityMismatchDetail);
        }

        context.NoteAudit(key, ("identity", CandidateRegistrar.AuditOutcome(change)));
        var note = change == IdentityChange.Created ? CaseMessages.PersonCreated : CaseMessages.PersonAttached;
        return TypedResults.Ok(new PaperCandidate(key, change, note.In(Problem.Language(context))));
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> RegisterPaperApplication(
        string center, ApplicationRequest request, PlatformUser user, CenterAccess access, IGrainFactory grains, AttachmentGate attachments, HttpContext context)
    {
        if (access.Check(user, center, AccessIntent.Change) is var decision and not AccessDecision.Allowed)
        {
            return AccessProblems.For(context, decision);
        }

        if (!CaseResponses.TryCommandId(context, out var commandId))
        {
            return CaseResponses.BadIdempotencyKey(context);
        }

        if (request.CenterNumber != center || request.CandidateKey is null)
        {
            return CaseResponses.Invalid(context, "a paper application names this center and the registered candidate's key");
        }

        // The scans a paper application lists are this center's own uploads, never a candidate's or another center's.
        var caseId = "case-" + commandId.ToString("N");
        return await attachments.AttachAsync(UploadOwner.Center(center), caseId, AttachmentRequest.ToDocuments(request.Attachments), context, async () =>
            CaseResponses.From(context, await grains.GetGrain<IApplicationGrain>(caseId).Submit(new SubmitApplication(
                commandId, center, request.CandidateKey, request.ProgramCode, request.NrkLevel!.Value, ApplicationChannel.Paper,
                AttachmentRequest.ToDocuments(request.Attachments), request.PersonalDataConsent, request.ExamLanguage, CaseGate.ActorOf(user, RoleOf(user, Roles.Registrar))))));
    }
}
