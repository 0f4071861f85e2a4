using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Platform.Domain.Procedure;
using Platform.Frontend.Security;
using Platform.Frontend.Security.Access;
using Platform.Frontend.Telemetry;
using Platform.Grains.Sittings;

namespace Platform.Frontend.Sittings;

/// <summary>
/// <c>/hubs/sitting</c>: the candidate's online sitting (P9, P13, P10-P11 accessibility). <see cref="Resume"/> binds the
/// connection to the candidate's own sitting and answers the ticket without the answer key, the saved answers and the
/// time left; <see cref="SaveAnswer"/> answers only after the sitting's durable write. The sitting's warning
/// ("Warning") and termination ("Ended") are pushed to the candidate as they happen.
/// </summary>
[Authorize(Policy = Policies.Candidate)]
public sealed class SittingHub(
    SittingGate gate, SittingWatch watch, IOptions<PlatformAuthOptions> auth, FrontendMetrics metrics,
    Faults.OutageWindows outages, IHostApplicationLifetime lifetime) : Hub
{
    public const string Path = "/hubs/sitting";
    public const string WarningMessage = "Warning";
    public const string EndedMessage = "Ended";
    public const string StateChangedMessage = "StateChanged";

    /// <summary>The connection's sitting, also where the fault filter finds whose outage window a call opens or closes.</summary>
    private const string SittingItem = Faults.OutageWindows.SittingItem;

    public static string GroupOf(string sittingId) => "sitting-" + sittingId;

    /// <summary>P9: the candidate's own sitting as it stands, on first opening and on every reconnect.</summary>
    [Authorize(Policy = Policies.Candidate)]
    public async Task<TheorySheet> Resume(string sittingId)
    {
        var user = PlatformUser.From(Context.User!, auth.Value)!;
        if (await gate.FindAsync(sittingId) is not { } view || await gate.CheckAsync(view, SittingDoor.Candidate, user) != AccessDecision.Allowed)
        {
            throw new HubException("There is no such sitting of yours.");
        }

        Context.Items[SittingItem] = sittingId;
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(sittingId));
        await watch.JoinAsync(sittingId, Context.ConnectionId);
        return (await gate.Sitting(sittingId).Resume())!;
    }

    /// <summary>
    /// P2.8, P10, P11: the sitting's state, identity check, room scan, time left, extra time and outage time given back,
    /// for the candidate's page (extra time and the proctoring's checks change no state, so no news is pushed for them;
    /// an outage credit pushes "StateChanged" with the state unchanged and the new time left).
    /// </summary>
    [Authorize(Policy = Policies.Candidate)]
    public async Task<ExamStatus> Status()
    {
        var view = (await Sitting().Get())!;
        return new ExamStatus(view.State, view.CheckIn.IdentityVerifiedAt is not null, view.CheckIn.RoomScanCompletedAt is not null,
            view.TimeLeft.TotalSeconds, view.ExtraTimeMinutes, view.OutageCreditedSeconds);
    }

    /// <summary>P9: one answer with its per-question sequence; the receipt comes after the durable write.</summary>
    [Authorize(Policy = Policies.Candidate)]
    public Task<AnswerReceipt> SaveAnswer(string questionId, string optionId, long sequence)
    {
        var sitting = Sitting();
        return metrics.AnswerAsync(() => sitting.SaveAnswer(new SaveAnswer(questionId, optionId, sequence)));
    }

    /// <summary>P13: the candidate's client showed the warning; the sitting stamps when, by the procedure's clock.</summary>
    [Authorize(Policy = Policies.Candidate)]
    public async Task<bool> AcknowledgeWarning() =>
        (await Sitting().AcknowledgeWarningDelivered()).Accepted;

    /// <summary>P9, P15: the candidate submits the theory; the answer is the sitting's new state.</summary>
    [Authorize(Policy = Policies.Candidate)]
    public async Task<SittingState?> Submit()
    {
        var user = PlatformUser.From(Context.User!, auth.Value)!;
        var result = await Sitting().SubmitTheory(new SittingCommand(Guid.NewGuid(), SittingGate.ActorOf(user, SittingDoor.Candidate)));
        return result.Sitting?.State;
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        // Issue 17: this frontend is stopping and closed the candidate's connection: from now the candidate cannot work
        // through it; the window is left for the frontend the candidate reconnects through (P11's spirit).
        if (lifetime.ApplicationStopping.IsCancellationRequested && Context.Items.TryGetValue(SittingItem, out var bound) && bound is string sittingId)
        {
            await outages.LeaveBehindAsync(sittingId, outages.Clock.GetUtcNow());
        }

        await watch.LeaveAsync(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private IExamSessionGrain Sitting() => Context.Items.TryGetValue(SittingItem, out var id) && id is string sittingId
        ? gate.Sitting(sittingId)
        : throw new HubException("Resume your sitting first.");
}
