using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Rules;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Validation;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>
/// A sitting over HTTP (SPEC §5), each action by its role: check-in (P8), identity and room scan (P2.8), the theory
/// stage (P9) and extra time (P10, P11), the practical stage (P16, P17), technical failure (P11), confirmed violations
/// and the violation act (P13, P14), the event log for the appeal commission (P20-P22). Opening a sitting is in
/// <see cref="SittingOpeningApi"/>, proctoring in <see cref="ProctoringApi"/>.
/// </summary>
public static class SittingsApi
{
    public static IEndpointRouteBuilder MapSittingActionsApi(this IEndpointRouteBuilder app)
    {
        var sitting = app.MapGroup("/api/v1/sittings/{sittingId}").WithTags("Sittings");
        sitting.MapGet("", Read).RequireAuthorization(SittingPolicies.LogReader)
            .WithSummary("The sitting as it stands, for its center, commissions and the operator.");
        sitting.MapGet("/event-log", ExportLog).RequireAuthorization(SittingPolicies.LogReader)
            .WithSummary($"{Rule.P20}-{Rule.P22}: the tamper-evident event log with the verification of its hash chain.");

        Act(sitting, "/check-in", SittingPolicies.CheckIn, SittingDoor.CheckIn, "sitting.check-in", $"{Rule.P8}: acknowledgements; offline, the safety briefing's journal entry.",
            (CheckInRequest body) => (grain, by, id) => grain.CheckIn(new CheckIn(id, body.MethodologyAcknowledged, body.ComplaintAndAppealAcknowledged, body.SafetyBriefingJournalEntry, by)));
        Act(sitting, "/identity-verified", SittingPolicies.Proctor, SittingDoor.Proctor, "sitting.identity-verified", $"{Rule.P2_8}: the candidate's identity is verified.",
            () => (grain, by, id) => grain.VerifyIdentity(new SittingCommand(id, by)));
        Act(sitting, "/room-scan", SittingPolicies.Proctor, SittingDoor.Proctor, "sitting.room-scan", $"{Rule.P2_8}: the 360° room scan is completed.",
            () => (grain, by, id) => grain.CompleteRoomScan(new SittingCommand(id, by)));
        Act(sitting, "/theory", SittingPolicies.Desk, SittingDoor.Desk, "sitting.theory-open", $"{Rule.P9}: opens the theory stage; the ticket is drawn.",
            () => (grain, by, id) => grain.OpenTheory(new SittingCommand(id, by)));
        Act(sitting, "/technical-failure", SittingPolicies.Desk, SittingDoor.Desk, "sitting.technical-failure", $"{Rule.P11}: a technical failure suspends the sitting.",
            () => (grain, by, id) => grain.ReportTechnicalFailure(new SittingCommand(id, by)));
        Act(sitting, "/extra-time", Policies.CommissionMember, SittingDoor.Commission, "sitting.extra-time", $"{Rule.P10.And(Rule.P11)}: the commission grants extra time.",
            (ExtraTimeRequest body) => (grain, by, id) => grain.GrantExtraTime(new GrantExtraTime(id, body.Minutes!.Value, body.Reason, by)));
        Act(sitting, "/practical/steps/{stepId}", Policies.CommissionMember, SittingDoor.Commission, "sitting.step-mark", $"{Rule.P16}: marks a step of the technological map.",
            (StepMarkRequest body, string stepId) => (grain, by, id) => grain.MarkStep(new MarkStep(id, stepId, body.PerformedPerMap, body.Comment, by)));
        Act(sitting, "/practical/completion", Policies.CommissionMember, SittingDoor.Commission, "sitting.practical-complete", $"{Rule.P16.And(Rule.P17)}: the practical stage ends.",
            () => (grain, by, id) => grain.CompletePractical(new SittingCommand(id, by)));
        Act(sitting, "/violations", SittingPolicies.Proctor, SittingDoor.Proctor, "sitting.violation-confirmed", $"{Rule.P13}: a suspicious event confirmed as a violation.",
            (ViolationRequest body) => (grain, by, _) => grain.ConfirmViolation(new ConfirmViolation(body.DetectionId, by)));
        Act(sitting, "/violation-act/signature", Policies.CommissionMember, SittingDoor.Commission, "sitting.violation-act-signed", $"{Rule.P14}: the commission signs the violation act.",
            (ViolationActRequest body) => (grain, by, id) => grain.SignViolationAct(new SignViolationAct(id, body.ToSignatories(), by)));
        return app;
    }

    private static void Act(RouteGroupBuilder group, string route, string policy, SittingDoor door, string audit, string summary,
        Func<Func<IExamSessionGrain, Grains.Procedure.Actor, Guid, Task<SittingResult>>> action) =>
        group.MapPost(route, (string sittingId, PlatformUser user, SittingGate gate, HttpContext context) =>
                gate.ActAsync(sittingId, door, user, context, action()))
            .RequireAuthorization(policy).Audited(audit).WithSummary(summary);

    private static void Act<TBody>(RouteGroupBuilder group, string route, string policy, SittingDoor door, string audit, string summary,
        Func<TBody, Func<IExamSessionGrain, Grains.Procedure.Actor, Guid, Task<SittingResult>>> action) where TBody : class =>
        group.MapPost(route, (string sittingId, TBody? body, PlatformUser user, SittingGate gate, HttpContext context) =>
                body is null
                    ? RequestBody.MissingAsync<SittingView>(context)
                    : gate.ActAsync(sittingId, door, user, context, action(body)))
            .RequireAuthorization(policy).Audited(audit).WithSummary(summary);

    private static void Act<TBody>(RouteGroupBuilder group, string route, string policy, SittingDoor door, string audit, string summary,
        Func<TBody, string, Func<IExamSessionGrain, Grains.Procedure.Actor, Guid, Task<SittingResult>>> action) where TBody : class =>
        group.MapPost(route, (string sittingId, string stepId, TBody? body, PlatformUser user, SittingGate gate, HttpContext context) =>
                body is null
                    ? RequestBody.MissingAsync<SittingView>(context)
                    : gate.ActAsync(sittingId, door, user, context, action(body, stepId)))
            .RequireAuthorization(policy).Audited(audit).WithSummary(summary);

    private static async Task<Results<Ok<SittingView>, ProblemHttpResult>> Read(string sittingId, PlatformUser user, SittingGate gate, HttpContext context) =>
        await gate.EnterAsync(sittingId, SittingDoor.Reader, user, context) is { } refused
            ? refused
            : TypedResults.Ok((await gate.FindAsync(sittingId))!);

    private static async Task<Results<Ok<SittingLogExport>, ProblemHttpResult>> ExportLog(string sittingId, PlatformUser user, SittingGate gate, HttpContext context) =>
        await gate.EnterAsync(sittingId, SittingDoor.Reader, user, context) is { } refused
            ? refused
            : TypedResults.Ok(await gate.Sitting(sittingId).ExportEventLog());
}
