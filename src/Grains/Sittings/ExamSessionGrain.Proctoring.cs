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

    private ViolationPolicy Policy => _policy ??= ProctoringStage.Replay(S);

    private AllowedItems AllowedItems => ProctoringStage.AllowedItemsOf(S);

    private ProctoringStage Proctoring => new(S, Policy, SittingId);

    public async Task<IngestReceipt> Ingest(IReadOnlyList<ProctoringEvent> events)
    {
        if (!S.Exists)
        {
            return new IngestReceipt(0, 0, 0, events.Count, ViolationOutcome.Clear, SittingProcedure.Initial);
        }

        await ExpireIfDueAsync();
        var intake = Proctoring.Sort(events);
        foreach (var sample in intake.Samples)
        {
            Proctoring.Aggregate(sample);
        }

        await Journal.RecordHotAsync(intake.Facts);
        foreach (var suspicious in S.Suspicious.Where(s => intake.Batch.Contains(s.DetectionId)))
        {
            await _observers.Notify(o => o.SuspiciousEventLogged(SittingId, suspicious));
        }

        await EnforceAsync();
        return new IngestReceipt(intake.Facts.Count, intake.Duplicates, intake.Samples.Count, intake.Rejected, Policy.Outcome, S.Status);
    }

    public async Task<SittingResult> AcknowledgeWarningDelivered()
    {
        if (!S.Exists || S.Warnings.All(w => w.DeliveredAt is not null))
        {
            return S.Exists && S.Warnings.Count > 0 ? new SittingResult(View()) : Refused(S.Exists ? Refusal.Of(Rule.P13, "NoWarningPending") : NotOpened);
        }

        // One clock: the delivery is stamped by the sitting's own clock, the one its other facts are stamped by.
        await Journal.RecordHotAsync([new WarningDelivered(SittingChain.Truncate(Now), Rule.P13.Id)]);
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
            await Journal.RecordHotAsync([new ViolationConfirmed(command.By.Subject, command.By.Role, command.DetectionId, Rule.P13.Id)]);
            var confirmed = S.Suspicious.First(s => s.DetectionId == command.DetectionId);
            await _observers.Notify(o => o.SuspiciousEventLogged(SittingId, confirmed));
            await EnforceAsync();
        }

        return new SittingResult(View());
    }

    /// <summary>P13: issues the warning of a first violation; ends the sitting on a second one after its delivery.</summary>
    private async Task EnforceAsync()
    {
        if (Proctoring.WarningDue() is { } issued)
        {
            await Journal.RecordHotAsync([issued]);
            var warning = S.Warnings[^1];
            await _observers.Notify(o => o.WarningIssued(SittingId, warning));
        }

        if (Proctoring.Ending() is { } ending)
        {
            await EndForViolationAsync(ending);
        }
    }

    private async Task EndForViolationAsync(ViolationEnd ending)
    {
        await Journal.CommitAsync([ending.Fact], () =>
        {
            S.Status = ending.Target;
            S.EndedAt = Now;
            S.EndedInStage = ending.Stage;
            Complete(ending.End, Self);
        });
        await _observers.Notify(o => o.Ended(SittingId, ending.Target, Rule.P13.Id));
        await FollowUpAsync();
    }

    private void Observe(PolicyInput input)
    {
        S.PolicyInputs.Add(input);
        if (_policy is not null)
        {
            _policy = ProctoringStage.Feed(_policy, input);
        }
    }
}
