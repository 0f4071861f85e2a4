using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// Proctoring's rules over the sitting state and its violation policy (P2.8, P12-P13): which detections are new facts,
/// when a warning is due, and how a second violation ends the sitting. It decides; the grain logs, writes and notifies.
/// </summary>
internal sealed class ProctoringStage(ExamSessionState s, ViolationPolicy policy, string sittingId)
{
    public bool InStage => s.Status is SittingState.TheoryOpen or SittingState.TheorySubmitted or SittingState.PracticalOpen;

    public static AllowedItems AllowedItemsOf(ExamSessionState s) => AllowedItems.Of(s.AllowedItems);

    /// <summary>The policy replayed from the inputs the sitting kept.</summary>
    public static ViolationPolicy Replay(ExamSessionState s) => s.PolicyInputs.Aggregate(ViolationPolicy.Start(s.Mode, AllowedItemsOf(s)), Feed);

    public static ViolationPolicy Feed(ViolationPolicy policy, PolicyInput input) => input.Kind switch
    {
        SittingFactKind.Detection => policy.Observe(new Detection(input.DetectionId!, input.Detection!.Value, input.At, input.Item)),
        SittingFactKind.ViolationConfirmed => policy.Confirm(input.DetectionId!),
        _ => policy.WarningDelivered(input.At),
    };

    /// <summary>Duplicates are ignored (order is free), malformed events rejected, heartbeats and noise kept as samples.</summary>
    public ProctoringIntake Sort(IReadOnlyList<ProctoringEvent> events)
    {
        var (facts, samples, batch, duplicates, rejected) = (new List<SittingEvent>(), new List<ProctoringEvent>(), new HashSet<Guid>(), 0, 0);
        foreach (var e in events)
        {
            if (e is null || e.SittingId != sittingId || e.Id == Guid.Empty || !e.Kind.IsKnown() || e.Kind.NamesAnItem() != e.Item.HasValue)
            {
                rejected++;
            }
            else if (e.Kind.IsTelemetry())
            {
                samples.Add(e);
            }
            else if (s.SeenEvents.Contains(e.Id) || !batch.Add(e.Id))
            {
                duplicates++;
            }
            else
            {
                facts.Add(FactOf(e));
            }
        }

        return new ProctoringIntake(facts, batch, samples, duplicates, rejected);
    }

    private SittingEvent FactOf(ProctoringEvent e) => e.Kind.IsIdentity()
        ? new IdentityVerified(null, null, e.Id, e.Confidence, e.At, Rule.P2_8.Id)
        : new Detected(e.Id, e.Kind, e.Item, e.Confidence, e.EvidenceOffset, e.At, InStage);

    public void Aggregate(ProctoringEvent e)
    {
        var t = s.Telemetry;
        s.Telemetry = e.Kind == ProctoringKind.Heartbeat
            ? t with { Heartbeats = t.Heartbeats + 1, LastHeartbeatAt = t.LastHeartbeatAt is { } last && last > e.At ? last : e.At }
            : t with { NoiseSamples = t.NoiseSamples + 1, LastNoiseLevel = e.Value, MaxNoiseLevel = Math.Max(t.MaxNoiseLevel ?? double.MinValue, e.Value ?? double.MinValue) };
    }

    /// <summary>P13: the warning of a first violation, issued once.</summary>
    public WarningIssued? WarningDue() =>
        InStage && policy is { Outcome: ViolationOutcome.WarningDue, FirstViolation: { } first } && s.Warnings.Count == 0
            ? new WarningIssued(first.Kind, first.Item, first.Start, first.Id, Rule.P13.Id)
            : null;

    /// <summary>P13: a second violation after the warning's delivery terminates (online) or removes (offline).</summary>
    public ViolationEnd? Ending()
    {
        if (!InStage || policy is not { IsFinal: true, SecondViolation: { } second })
        {
            return null;
        }

        var online = s.Mode == ExamMode.Online;
        SittingEvent ended = online
            ? new Terminated(second.Kind, second.Item, second.Start, second.Id, Rule.P13.Id)
            : new Removed(second.Kind, second.Item, second.Start, second.Id, Rule.P13.Id);
        var target = SittingProcedure.Apply(s.Mode, s.Status, online ? SittingAction.Terminate : SittingAction.Remove).State;
        return new ViolationEnd(ended, target, s.Status == SittingState.PracticalOpen ? "practical" : "theory", online ? SittingEnd.Terminated : SittingEnd.Removed);
    }
}
