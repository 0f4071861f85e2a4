using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Frontend.Cases;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Security.Limits;
using Platform.Frontend.Security.Proctoring;
using Platform.Frontend.Telemetry;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>
/// Online proctoring over HTTP (P2.8, issue 6). The candidate's exam client asks for the sitting's proctoring token
/// once checked in (P8) and hands it to the proctoring client beside it; the token opens one stream: the
/// <see cref="ProctoringHub"/> for the live client, or one batch of this endpoint for a proctoring service. The
/// proctoring service's account alone cannot mint tokens, so it reaches only the sittings a token names.
/// </summary>
public static class ProctoringApi
{
    public static IEndpointRouteBuilder MapProctoringApi(this IEndpointRouteBuilder app)
    {
        var sitting = app.MapGroup("/api/v1/sittings/{sittingId}").WithTags("Proctoring");
        sitting.MapPost("/proctoring-token", IssueToken).RequireAuthorization(Policies.Candidate).Audited("sitting.proctoring-token")
            .WithSummary($"{Rule.P2_8.And(Rule.P8)}: the candidate's client gets the proctoring token of their checked-in online sitting.");
        sitting.MapPost("/events", Ingest).RequireAuthorization(Policies.ProctoringService).RequireRateLimiting(RateLimits.Ingest)
            .Audited("sitting.proctoring-batch")
            .WithSummary($"{Rule.P2_8.And(Rule.P12).And(Rule.P13)}: a batch of at most {ProctoringHub.MaxBatch} proctoring events; the {SittingGate.TokenHeader} header opens the stream of the sitting.");
        return app;
    }

    private static async Task<Results<Ok<ProctoringToken>, ProblemHttpResult>> IssueToken(
        string sittingId, PlatformUser user, SittingGate gate, ProctoringTokens tokens, HttpContext context)
    {
        if (await gate.EnterAsync(sittingId, SittingDoor.Candidate, user, context) is { } refused)
        {
            return refused;
        }

        var sitting = (await gate.FindAsync(sittingId))!;
        if (sitting.Mode != ExamMode.Online || sitting.State is not (SittingState.CheckedIn or SittingState.TheoryOpen or SittingState.TheorySubmitted or SittingState.PracticalOpen))
        {
            return RefusalResponses.Conflict(context, Refusal.Of(Rule.P2_8.And(Rule.P8), "ProctoringTokenForOnlineSitting"));
        }

        return TypedResults.Ok(tokens.Issue(sittingId, user.CandidateKey!));
    }

    private static async Task<Results<Ok<IngestReceipt>, ProblemHttpResult>> Ingest(
        string sittingId, IReadOnlyList<ProctoringEvent> events, PlatformUser user, SittingGate gate, FrontendMetrics metrics, HttpContext context)
    {
        // The hub's cap, checked before the gate so an oversized batch does not use up the sitting's proctoring token.
        if (events.Count > ProctoringHub.MaxBatch)
        {
            var problem = Problem.BadRequest(context, SittingMessages.BatchTooLarge, SittingMessages.BatchTooLargeDetail(ProctoringHub.MaxBatch));
            problem.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { ["events"] = [problem.ProblemDetails.Detail!] };
            return problem;
        }

        if (await gate.EnterAsync(sittingId, SittingDoor.Proctor, user, context) is { } refused)
        {
            return refused;
        }

        if (events.Any(e => ProctoringTokens.CheckEvent(new ProctoringGrant(Guid.Empty, sittingId, "", DateTimeOffset.MaxValue), e.SittingId) != ProctoringTokenOutcome.Accepted))
        {
            return Problem.Create(context, StatusCodes.Status403Forbidden, SittingMessages.WrongSitting, SittingMessages.WrongSittingDetail);
        }

        var sitting = gate.Sitting(sittingId);
        return TypedResults.Ok(await metrics.EventsAsync(() => sitting.Ingest(events)));
    }
}
