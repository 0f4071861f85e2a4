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
    public Task<DeskOutcome> ConfirmAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId, Guid detectionId) =>
        ActAsync(context, sittingId, user, commandId, SittingDoor.Proctor,
            (grain, by, _) => grain.ConfirmViolation(new ConfirmViolation(detectionId, by)),
            ("action", "sitting.violation-confirmed"), ("detection", detectionId.ToString()));

    /// <summary>P10, P11 (<c>POST …/extra-time</c>): minutes of extra time the commission grants, and why.</summary>
    public Task<DeskOutcome> GrantAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId, int minutes, string reason) =>
        ActAsync(context, sittingId, user, commandId, SittingDoor.Commission,
            (grain, by, id) => grain.GrantExtraTime(new GrantExtraTime(id, minutes, reason, by)),
            ("action", "sitting.extra-time"), ("minutes", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>P2.8 (<c>POST …/identity-verified</c>): online, the commission verified the candidate's identity.</summary>
    public Task<DeskOutcome> VerifyIdentityAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId) =>
        ActAsync(context, sittingId, user, commandId, SittingDoor.Proctor,
            (grain, by, id) => grain.VerifyIdentity(new SittingCommand(id, by)),
            ("action", "sitting.identity-verified"));

    /// <summary>P2.8 (<c>POST …/room-scan</c>): online, the commission saw the 360° room scan completed.</summary>
    public Task<DeskOutcome> CompleteRoomScanAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId) =>
        ActAsync(context, sittingId, user, commandId, SittingDoor.Proctor,
            (grain, by, id) => grain.CompleteRoomScan(new SittingCommand(id, by)),
            ("action", "sitting.room-scan"));

    /// <summary>P9 (<c>POST …/theory</c>): the desk opens the theory stage; the ticket is drawn (online, after P2.8).</summary>
    public Task<DeskOutcome> OpenTheoryAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId) =>
        ActAsync(context, sittingId, user, commandId, SittingDoor.Desk,
            (grain, by, id) => grain.OpenTheory(new SittingCommand(id, by)),
            ("action", "sitting.theory-open"));

    /// <summary>P11 (<c>POST …/technical-failure</c>): a technical failure suspends the sitting.</summary>
    public Task<DeskOutcome> ReportFailureAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId) =>
        ActAsync(context, sittingId, user, commandId, SittingDoor.Desk,
            (grain, by, id) => grain.ReportTechnicalFailure(new SittingCommand(id, by)),
            ("action", "sitting.technical-failure"));

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

    /// <summary>One action: the form's command id carried as the Idempotency-Key, the audit's detail, the gate's door.</summary>
    private async Task<DeskOutcome> ActAsync(HttpContext context, string sittingId, PlatformUser user, Guid? commandId, SittingDoor door,
        Func<IExamSessionGrain, Grains.Procedure.Actor, Guid, Task<SittingResult>> action, params (string Name, string? Value)[] audit)
    {
        FormCommand.Carry(context, commandId);
        context.NoteAudit(sittingId, audit);
        return DeskOutcome.From(context, await gate.ActAsync(sittingId, door, user, context, action));
    }

}
