using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// Proctoring (P2.8) and the violation policy of P12-P13: detections are logged (duplicates ignored, order free),
/// the first violation brings a warning, a new one after its delivery terminates (online) or removes (offline).
/// Heartbeats and noise samples are aggregated, not logged.
/// </summary>
public sealed partial class ExamSessionGrain
{
    private ViolationPolicy? _policy;

    private ViolationPolicy Policy => _policy ??= S.PolicyInputs.Aggregate(ViolationPolicy.Start(S.Mode, AllowedItems), Feed);

    private AllowedItems AllowedItems => Domain.Proctoring.AllowedItems.Of(S.AllowedItems);

    private bool InStage => S.Status is SittingState.TheoryOpen or SittingState.TheorySubmitted or SittingState.PracticalOpen;

    public async Task<IngestReceipt> Ingest(IReadOnlyList<ProctoringEvent> events)
    {
        if (!S.Exists)
        {
            return new IngestReceipt(0, 0, 0, events.Count, ViolationOutcome.Clear, SittingProcedure.Initial);
        }

        await ExpireIfDueAsync();
        var (facts, duplicates, telemetry, rejected) = (new List<SittingEvent>(), 0, 0, 0);
        var batch = new HashSet<Guid>();
        foreach (var e in events)
        {
            if (e is null || e.SittingId != SittingId || e.Id == Guid.Empty || !e.Kind.IsKnown() || e.Kind.NamesAnItem() != e.Item.HasValue)
            {
                rejected++;
            }
            else if (e.Kind.IsTelemetry())
            {
                telemetry++;
                Aggregate(e);
            }
            else if (S.SeenEvents.Contains(e.Id) || !batch.Add(e.Id))
            {
                duplicates++;
            }
            else
            {
                facts.Add(FactOf(e));
            }
        }

        await RecordHotAsync(facts);
        foreach (var suspicious in S.Suspicious.Where(s => batch.Contains(s.DetectionId)))
        {
            await _observers.Notify(o => o.SuspiciousEventLogged(SittingId, suspicious));
        }

        await EnforceAsync();
        return new IngestReceipt(facts.Count, duplicates, telemetry, rejected, Policy.Outcome, S.Status);
    }

    private SittingEvent FactOf(ProctoringEvent e) => e.Kind.IsIdentity()
        ? new IdentityVerified(null, null, e.Id, e.Confidence, e.At, Rule.P2_8.Id)
        : new Detected(e.Id, e.Kind, e.Item, e.Confidence, e.EvidenceOffset, e.At, InStage);

    private void Aggregate(ProctoringEvent e)
    {
        var t = S.Telemetry;
        S.Telemetry = e.Kind == ProctoringKind.Heartbeat
            ? t with { Heartbeats = t.Heartbeats + 1, LastHeartbeatAt = t.LastHeartbeatAt is { } last && last > e.At ? last : e.At }
            : t with { NoiseSamples = t.NoiseSamples + 1, LastNoiseLevel = e.Value, MaxNoiseLevel = Math.Max(t.MaxNoiseLevel ?? double.MinValue, e.Value ?? double.MinValue) };
    }

    public async Task<SittingResult> AcknowledgeWarningDelivered()
    {
        if (!S.Exists || S.Warnings.All(w => w.DeliveredAt is not null))
        {
            return S.Exists && S.Warnings.Count > 0 ? new SittingResult(View()) : Refused(S.Exists ? Refusal.Of(Rule.P13, "NoWarningPending") : NotOpened);
        }

        // One clock: the delivery is stamped by the sitting's own clock, the one its other facts are stamped by.
        await RecordHotAsync([new WarningDelivered(SittingChain.Truncate(Now), Rule.P13.Id)]);
        await EnforceAsync();
        return new SittingResult(View());
    }

    public async Task<SittingResult> ConfirmViolation(ConfirmViolation command)
    {
        if (!S.Exists || S.Suspicious.All(s => s.DetectionId != command.DetectionId))
        {
            return Refused(S.Exists ? Refusal.Of(Rule.P13, "ViolationOfALoggedEvent") : NotOpened);
        }

        if (S.Suspicious.Any(s => s.DetectionId == command.DetectionId && !s.Confirmed))
        {
            await RecordHotAsync([new ViolationConfirmed(command.By.Subject, command.By.Role, command.DetectionId, Rule.P13.Id)]);
            var confirmed = S.Suspicious.First(s => s.DetectionId == command.DetectionId);
            await _observers.Notify(o => o.SuspiciousEventLogged(SittingId, confirmed));
            await EnforceAsync();
        }

        return new SittingResult(View());
    }

    /// <summary>P13: issues the warning of a first violation; ends the sitting on a second one after its delivery.</summary>
    private async Task EnforceAsync()
    {
        if (!InStage)
        {
            return;
        }

        if (Policy is { Outcome: ViolationOutcome.WarningDue, FirstViolation: { } first } && S.Warnings.Count == 0)
        {
            await RecordHotAsync([new WarningIssued(first.Kind, first.Item, first.Start, first.Id, Rule.P13.Id)]);
            var warning = S.Warnings[^1];
            await _observers.Notify(o => o.WarningIssued(SittingId, warning));
        }

        if (Policy is { IsFinal: true, SecondViolation: { } second })
        {
            await EndForViolationAsync(second);
        }
    }

    private async Task EndForViolationAsync(Incident second)
    {
        var online = S.Mode == ExamMode.Online;
        var action = online ? SittingAction.Terminate : SittingAction.Remove;
        SittingEvent ended = online
            ? new Terminated(second.Kind, second.Item, second.Start, second.Id, Rule.P13.Id)
            : new Removed(second.Kind, second.Item, second.Start, second.Id, Rule.P13.Id);
        var stage = S.Status == SittingState.PracticalOpen ? "practical" : "theory";
        var target = SittingProcedure.Apply(S.Mode, S.Status, action).State;
        await CommitAsync([ended], () =>
        {
            S.Status = target;
            S.EndedAt = Now;
            S.EndedInStage = stage;
            Complete(online ? SittingEnd.Terminated : SittingEnd.Removed, Self);
        });
        await _observers.Notify(o => o.Ended(SittingId, target, Rule.P13.Id));
        await FollowUpAsync();
    }

    private void Observe(PolicyInput input)
    {
        S.PolicyInputs.Add(input);
        if (_policy is not null)
        {
            _policy = Feed(_policy, input);
        }
    }

    private static ViolationPolicy Feed(ViolationPolicy policy, PolicyInput input) => input.Kind switch
    {
        SittingFactKind.Detection => policy.Observe(new Detection(input.DetectionId!, input.Detection!.Value, input.At, input.Item)),
        SittingFactKind.ViolationConfirmed => policy.Confirm(input.DetectionId!),
        _ => policy.WarningDelivered(input.At),
    };
}
