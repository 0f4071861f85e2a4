using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Domain.Rules;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// Proctoring's calls (P2.8) and the violation policy of P12-P13, decided by <see cref="ProctoringStage"/>: detections
/// are logged (duplicates ignored, order free), the first violation brings a warning, a new one after its delivery
/// terminates (online) or removes (offline). Heartbeats and noise samples are aggregated, not logged. Keeps the policy,
/// replayed from the state when first needed and fed by the journal with each input it logs.
/// </summary>
internal sealed class SittingProctoring(SittingPipeline sitting, SittingCaseLink link, Func<Task> expireIfDue)
{
    private ViolationPolicy? _policy;

    private ExamSessionState S => sitting.S;

    public ViolationPolicy Policy => _policy ??= ProctoringStage.Replay(S);

    private ProctoringStage Stage => new(S, Policy, sitting.SittingId);

    /// <summary>An input the journal logged: kept in the state, and fed to the policy when it is built.</summary>
    public void Observe(PolicyInput input)
    {
        S.PolicyInputs.Add(input);
        if (_policy is not null)
        {
            _policy = ProctoringStage.Feed(_policy, input);
        }
    }

    /// <summary>The state was read back: the policy is replayed from it when next needed.</summary>
    public void Forget() => _policy = null;

    public async Task<IngestReceipt> Ingest(IReadOnlyList<ProctoringEvent> events)
    {
        if (!S.Exists)
        {
            return new IngestReceipt(0, 0, 0, events.Count, ViolationOutcome.Clear, SittingProcedure.Initial);
        }

        await expireIfDue();
        var intake = Stage.Sort(events);
        foreach (var sample in intake.Samples)
        {
            Stage.Aggregate(sample);
        }

        await sitting.Journal.RecordHotAsync(intake.Facts);
        foreach (var suspicious in S.Suspicious.Where(s => intake.Batch.Contains(s.DetectionId)))
        {
            await sitting.Notify(o => o.SuspiciousEventLogged(sitting.SittingId, suspicious));
        }

        await EnforceAsync();
        return new IngestReceipt(intake.Facts.Count, intake.Duplicates, intake.Samples.Count, intake.Rejected, Policy.Outcome, S.Status);
    }

    public async Task<SittingResult> AcknowledgeWarningDelivered()
    {
        if (!S.Exists || S.Warnings.All(w => w.DeliveredAt is not null))
        {
            return S.Exists && S.Warnings.Count > 0 ? sitting.Answer() : sitting.Refused(S.Exists ? Refusal.Of(Rule.P13, "NoWarningPending") : SittingPipeline.NotOpened);
        }

        // One clock: the delivery is stamped by the sitting's own clock, the one its other facts are stamped by.
        await sitting.Journal.RecordHotAsync([new WarningDelivered(SittingChain.Truncate(sitting.Now), Rule.P13.Id)]);
        await EnforceAsync();
        return sitting.Answer();
    }

    public async Task<SittingResult> ConfirmViolation(ConfirmViolation command)
    {
        if (!S.Exists || S.Suspicious.All(s => s.DetectionId != command.DetectionId))
        {
            return sitting.Refused(S.Exists ? Refusal.Of(Rule.P13, "ViolationOfALoggedEvent") : SittingPipeline.NotOpened);
        }

        if (S.Suspicious.Any(s => s.DetectionId == command.DetectionId && !s.Confirmed))
        {
            await sitting.Journal.RecordHotAsync([new ViolationConfirmed(command.By.Subject, command.By.Role, command.DetectionId, Rule.P13.Id)]);
            var confirmed = S.Suspicious.First(s => s.DetectionId == command.DetectionId);
            await sitting.Notify(o => o.SuspiciousEventLogged(sitting.SittingId, confirmed));
            await EnforceAsync();
        }

        return sitting.Answer();
    }

    /// <summary>P13: issues the warning of a first violation; ends the sitting on a second one after its delivery.</summary>
    private async Task EnforceAsync()
    {
        if (Stage.WarningDue() is { } issued)
        {
            await sitting.Journal.RecordHotAsync([issued]);
            var warning = S.Warnings[^1];
            await sitting.Notify(o => o.WarningIssued(sitting.SittingId, warning));
        }

        if (Stage.Ending() is { } ending)
        {
            await EndForViolationAsync(ending);
        }
    }

    private async Task EndForViolationAsync(ViolationEnd ending)
    {
        await sitting.Journal.CommitAsync([ending.Fact], () =>
        {
            S.Status = ending.Target;
            S.EndedAt = sitting.Now;
            S.EndedInStage = ending.Stage;
            link.Complete(ending.End, sitting.Self);
        });
        await sitting.Notify(o => o.Ended(sitting.SittingId, ending.Target, Rule.P13.Id));
        await sitting.FollowUpAsync();
    }
}
