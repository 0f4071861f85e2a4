using Platform.Domain.Rules;
using Platform.Frontend.Security;
using Platform.Frontend.Sittings;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Site.Me.Exam;

/// <summary>
/// The exam page's door to the candidate's case and its sitting: finds the sitting of the case's current attempt
/// server-side (no id to type), only for the case's own candidate, and checks them in (P8) through the same
/// <see cref="SittingGate"/> as <c>POST /api/v1/sittings/{id}/check-in</c>.
/// </summary>
public sealed class ExamDesk(IGrainFactory grains, SittingGate gate)
{
    /// <summary>The candidate's own case with its sitting; null for an unknown case or another's (shown as 404).</summary>
    public async Task<ExamSituation?> FindAsync(string caseId, PlatformUser user)
    {
        if (!caseId.StartsWith("case-", StringComparison.Ordinal) || user.CandidateKey is not { } own
            || await grains.GetGrain<IApplicationGrain>(caseId).Get() is not { } registered || registered.CandidateKey != own)
        {
            return null;
        }

        var sittingId = SittingKeys.For(caseId, Math.Max(1, registered.Attempt));
        return new ExamSituation(registered, sittingId, await gate.FindAsync(sittingId));
    }

    /// <summary>
    /// P8: the candidate's acknowledgements of the methodology and of the complaint and appeal procedures; the refusal
    /// when the sitting refuses (no safety briefing offline, already checked in, another's command id), else null.
    /// </summary>
    public async Task<Refusal?> CheckInAsync(ExamSituation situation, PlatformUser user, Guid commandId, bool methodology, bool complaintAndAppeal)
    {
        if (situation.Sitting is not { } sitting || await gate.CheckAsync(sitting, SittingDoor.CheckIn, user) != Security.Access.AccessDecision.Allowed)
        {
            return Refusal.Of(Rule.P6, "NoSitting");
        }

        var result = await gate.Sitting(situation.SittingId).CheckIn(new CheckIn(
            commandId, methodology, complaintAndAppeal, null, SittingGate.ActorOf(user, SittingDoor.CheckIn)));
        return result.Refusal;
    }
}
