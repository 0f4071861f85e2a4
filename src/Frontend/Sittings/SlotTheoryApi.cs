using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Domain.Rules;
using Platform.Frontend.Cases;
using Platform.Frontend.Problems;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Security.Audit;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>
/// P9, issue 16: the desk of a center opens the theory of every sitting of one time slot in one command; the silo tells
/// the sittings (<see cref="ISlotTheoryGrain"/>), each of which decides for itself. Only that center's desk (its staff,
/// or its examination commission, as for one sitting); the Idempotency-Key makes a retry answer the same. The answer
/// lists what opened and what was refused and why; 200 even when every sitting refused (each refusal is in the list).
/// </summary>
public static class SlotTheoryApi
{
    public static IEndpointRouteBuilder MapSlotTheoryApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/centers/{center}/slots/theory", Open).RequireAuthorization(SittingPolicies.Desk)
            .Audited("sitting.theory-open.slot").WithTags("Sittings")
            .WithSummary($"{Rule.P9}: opens the theory of every sitting of the center's time slot (its start); answers which opened and which were refused, and why.");
        return app;
    }

    public static async Task<Results<Ok<SlotTheoryAnswer>, ProblemHttpResult>> Open(
        string center, SlotTheoryRequest? body, PlatformUser user, SittingGate gate, IGrainFactory grains, HttpContext context)
    {
        if (body is null)
        {
            return await Validation.RequestBody.MissingAsync<SlotTheoryAnswer>(context);
        }

        if (!CaseResponses.TryCommandId(context, out var commandId))
        {
            return CaseResponses.BadIdempotencyKey(context);
        }

        if (gate.AtDesk(user, center) is var decision && decision != AccessDecision.Allowed)
        {
            return AccessProblems.For(context, decision);
        }

        var slot = await OpenAsync(grains, center, body.StartsAt!.Value, commandId, SittingGate.ActorOf(user, SittingDoor.Desk));
        var language = Problem.Language(context);
        context.NoteAudit(center, ("startsAt", body.StartsAt.Value.ToString("O")),
            ("opened", slot.Opened.Count().ToString()), ("refused", slot.Refused.Count().ToString()));
        return TypedResults.Ok(new SlotTheoryAnswer(
            [.. slot.Opened.Select(s => new SlotTheoryOpened(s.SittingId, s.CaseId))],
            [.. slot.Refused.Select(s => new SlotTheoryRefused(s.SittingId, s.CaseId, s.Refusal!.Rule.Id, CaseMessages.RefusedDetail(s.Refusal).In(language)))]));
    }

    /// <summary>The silo's fan-out: also the exam-day page's door (<c>Site/Schedule</c>), after its own access check.</summary>
    public static Task<SlotTheories> OpenAsync(IGrainFactory grains, string center, DateTimeOffset startsAt, Guid commandId, Grains.Procedure.Actor by) =>
        grains.GetGrain<ISlotTheoryGrain>(center).OpenTheories(new OpenSlotTheories(commandId, startsAt, by));
}
