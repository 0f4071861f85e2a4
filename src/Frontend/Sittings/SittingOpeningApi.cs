using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Exams;
using Platform.Domain.Programs;
using Platform.Domain.Rules;
using Platform.Frontend.Cases;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Grains.Live;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>
/// P6, P8: on the exam day the center's staff or its examination commission open the sitting of a case, in the mode
/// and language of its exam notice; the sitting is then tracked by the center's live dashboard (SPEC §5).
/// </summary>
public static class SittingOpeningApi
{
    public static IEndpointRouteBuilder MapSittingOpeningApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/centers/{center}/cases/{caseId}/sitting", Open).RequireAuthorization(SittingPolicies.Desk)
            .Audited("sitting.open").WithTags("Sittings")
            .WithSummary($"{Rule.P6.And(Rule.P8)}: opens the sitting of a case on its exam day (mode and language of the exam notice).");
        return app;
    }

    /// <summary>Opens the sitting of a case; also the exam-day page's door (<c>Site/Schedule</c>), with the form's command id as the key.</summary>
    public static async Task<Results<Ok<SittingView>, ProblemHttpResult>> Open(
        string center, string caseId, PlatformUser user, SittingGate gate, IGrainFactory grains, HttpContext context)
    {
        if (!CaseResponses.TryCommandId(context, out var commandId))
        {
            return CaseResponses.BadIdempotencyKey(context);
        }

        var registered = caseId.StartsWith("case-", StringComparison.Ordinal) ? await grains.GetGrain<IApplicationGrain>(caseId).Get() : null;
        var decision = registered is null || registered.CenterNumber != center ? AccessDecision.Hidden : gate.AtDesk(user, center);
        if (decision != AccessDecision.Allowed)
        {
            return AccessProblems.For(context, decision);
        }

        if (registered!.Exam is not { } exam)
        {
            return RefusalResponses.Conflict(context, Refusal.Of(Rule.P6, "SittingNeedsExamNotice"));
        }

        var sittingId = SittingKeys.For(caseId, registered.Attempt);
        var opened = await gate.Sitting(sittingId).Open(new OpenSitting(
            commandId, caseId, center, registered.CandidateKey, registered.ProgramCode,
            exam.Online ? ExamMode.Online : ExamMode.Offline,
            exam.Language == "kk" ? ExamLanguage.Kk : ExamLanguage.Ru,
            exam.StartsAt, SittingGate.ActorOf(user, SittingDoor.Desk)));
        if (opened.Accepted)
        {
            await grains.GetGrain<ICenterLiveGrain>(LiveKeys.Center(center)).Track(sittingId);
        }

        return SittingResponses.From(context, opened);
    }
}
