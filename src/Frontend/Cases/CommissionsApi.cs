using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Rules;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Validation;
using Platform.Grains.Commissions;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Cases;

/// <summary>
/// Examination and appeal commissions (P9, P17, P21-1, P22): the head forms them; their members act only in their
/// own commissions and only on cases of their center (the appeal commission on the one case it was formed for).
/// </summary>
public static class CommissionsApi
{
    private const string Passed = "passed";
    private const string NotPassed = "notPassed";

    public static IEndpointRouteBuilder MapCommissionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPut("/api/v1/centers/{center}/commissions/{commissionId}", Form).RequireAuthorization(Policies.HeadOfCenter)
            .Audited("commission.form").WithTags("Commissions").WithSummary($"{Rule.P9.And(Rule.P21_1)}: the head forms a commission.");

        var examination = app.MapGroup("/api/v1/commissions/{commissionId}/cases/{caseId}").WithTags("Commissions")
            .RequireAuthorization(Policies.CommissionMember);
        examination.MapPost("/start", (string commissionId, string caseId, OfflineStartRequest? body, PlatformUser user, CommissionDesk desk, HttpContext context) =>
                body is null
                    ? RequestBody.MissingAsync<CaseView>(context)
                    : desk.ActAsync(commissionId, caseId, user, appeal: false, context, (grain, by, id, _) => grain.StartOfflineExam(new StartOfflineExam(
                        id, body.MethodologyAcknowledged, body.ComplaintAndAppealAcknowledged, body.SafetyBriefingJournalEntry, by))))
            .Audited("case.start").WithSummary("Step 7 (P8, P9): the commission opens an offline exam, recording the candidate's acknowledgements and the safety briefing.");
        examination.MapPost("/completion", (string commissionId, string caseId, CompletionRequest body, PlatformUser user, CommissionDesk desk, HttpContext context) =>
                desk.ActAsync(commissionId, caseId, user, appeal: false, context, (grain, by, id, _) => grain.CompleteProcedure(new CompleteProcedure(
                    id, body.TheoryCorrect!.Value, body.TheoryTotal!.Value, body.PracticalPassed, body.PracticalShortfalls ?? [], body.EndedBy!.Value, by))))
            .Audited("case.completion").WithSummary("Steps 8-9 (P15-P17): the results of an offline sitting.");
        examination.MapPost("/violation-act", (string commissionId, string caseId, OfflineViolationActRequest body, PlatformUser user, ViolationActs acts, HttpContext context) =>
                acts.DrawUpOfflineAsync(commissionId, caseId, body, user, context))
            .Audited("case.violation-act").WithSummary($"{Rule.P13.And(Rule.P14)}: offline, the commission's act on an oral warning or a removal, signed by its present members.");
        examination.MapPost("/protocol", (string commissionId, string caseId, VotesRequest body, PlatformUser user, CommissionDesk desk, HttpContext context) =>
                desk.DecideAsync(commissionId, caseId, user, appeal: false, body, context, (grain, by, id, decision) => grain.RecordProtocol(
                    new ProtocolDecision(id, commissionId, decision.Choice == Passed, decision.SignedBy, body.Reasons, by))))
            .Audited("case.protocol").WithSummary($"Step 10 (P17): the commission votes ({Passed}/{NotPassed}) and signs the protocol.");

        app.MapPost("/api/v1/appeal-commissions/{commissionId}/cases/{caseId}/decision",
                (string commissionId, string caseId, VotesRequest body, PlatformUser user, CommissionDesk desk, HttpContext context) =>
                    desk.DecideAsync(commissionId, caseId, user, appeal: true, body, context, (grain, by, id, decision) => grain.DecideAppeal(
                        new DecideAppeal(id, Enum.Parse<AppealOutcome>(decision.Choice!, ignoreCase: true), body.Reasons ?? "", decision.SignedBy, by))))
            .RequireAuthorization(Policies.AppealCommissionMember).WithTags("Commissions")
            .Audited("case.appeal-decision").WithSummary("Steps 14-15 (P22, P23): the appeal commission's decision (upheld, technicalDiscrepancy, rejected).");
        return app;
    }

    private static Task<Results<Ok<CommissionView>, ProblemHttpResult>> Form(
        string center, string commissionId, CommissionRequest body, PlatformUser user, CommissionFormation formation, HttpContext context) =>
        formation.FormAsync(center, commissionId, body, user, context);
}
