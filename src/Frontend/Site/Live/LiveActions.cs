using Platform.Frontend.Security;
using Platform.Frontend.Security.Audit;
using Platform.Frontend.Site.Commission;
using Platform.Frontend.Sittings;
using Platform.Frontend.Validation;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Site.Live;

/// <summary>
/// The dashboard's actions on a sitting, through the same door as the HTTP API (<see cref="SittingsApi"/>):
/// <see cref="SittingGate.ActAsync"/> with the door of each action, the command id the form carried as the request's
/// Idempotency-Key, and the refusal worded as the API words it (409 with the rule; 400 for invalid input; 404 for a
/// sitting that is not the viewer's to act on).
/// </summary>
public sealed class LiveActions(SittingGate gate)
{
    /// <summary>P13 (<c>POST …/violations</c>): a suspicious event confirmed as a violation by the commission.</summary>
    public async Task<DeskOutcome> ConfirmAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId, Guid detectionId)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(sittingId, ("action", "sitting.violation-confirmed"), ("detection", detectionId.ToString()));
        return DeskOutcome.From(context, await gate.ActAsync(sittingId, SittingDoor.Proctor, user, context,
            (grain, by, _) => grain.ConfirmViolation(new ConfirmViolation(detectionId, by))));
    }

    /// <summary>P10, P11 (<c>POST …/extra-time</c>): minutes of extra time the commission grants, and why.</summary>
    public async Task<DeskOutcome> GrantAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId, int minutes, string reason)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(sittingId, ("action", "sitting.extra-time"), ("minutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return DeskOutcome.From(context, await gate.ActAsync(sittingId, SittingDoor.Commission, user, context,
            (grain, by, id) => grain.GrantExtraTime(new GrantExtraTime(id, minutes, reason, by))));
    }

    /// <summary>P2.8 (<c>POST …/identity-verified</c>): online, the commission verified the candidate's identity.</summary>
    public async Task<DeskOutcome> VerifyIdentityAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(sittingId, ("action", "sitting.identity-verified"));
        return DeskOutcome.From(context, await gate.ActAsync(sittingId, SittingDoor.Proctor, user, context,
            (grain, by, id) => grain.VerifyIdentity(new SittingCommand(id, by))));
    }

    /// <summary>P2.8 (<c>POST …/room-scan</c>): online, the commission saw the 360° room scan completed.</summary>
    public async Task<DeskOutcome> CompleteRoomScanAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(sittingId, ("action", "sitting.room-scan"));
        return DeskOutcome.From(context, await gate.ActAsync(sittingId, SittingDoor.Proctor, user, context,
            (grain, by, id) => grain.CompleteRoomScan(new SittingCommand(id, by))));
    }

    /// <summary>P9 (<c>POST …/theory</c>): the desk opens the theory stage; the ticket is drawn (online, after P2.8).</summary>
    public async Task<DeskOutcome> OpenTheoryAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(sittingId, ("action", "sitting.theory-open"));
        return DeskOutcome.From(context, await gate.ActAsync(sittingId, SittingDoor.Desk, user, context,
            (grain, by, id) => grain.OpenTheory(new SittingCommand(id, by))));
    }

    /// <summary>P11 (<c>POST …/technical-failure</c>): a technical failure suspends the sitting.</summary>
    public async Task<DeskOutcome> ReportFailureAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(sittingId, ("action", "sitting.technical-failure"));
        return DeskOutcome.From(context, await gate.ActAsync(sittingId, SittingDoor.Desk, user, context,
            (grain, by, id) => grain.ReportTechnicalFailure(new SittingCommand(id, by))));
    }

    /// <summary>The extra-time form's errors by field (as <see cref="ExtraTimeRequest"/> validates the API's body), in the page language.</summary>
    public static Dictionary<string, string> ExtraTimeErrors(string? minutes, string? reason)
    {
        var errors = new Dictionary<string, string>();
        if (!int.TryParse(minutes, out var value) || value is < 1 or > 240)
        {
            errors["minutes"] = SiteText.Say("Live.Extra.MinutesInvalid");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["reason"] = SiteText.Say("Live.Extra.ReasonMissing");
        }
        else if (reason.Length > Lengths.Prose)
        {
            errors["reason"] = SiteText.Say("Live.Extra.ReasonTooLong", Lengths.Prose);
        }

        return errors;
    }
}
