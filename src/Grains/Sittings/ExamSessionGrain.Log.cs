using Platform.Domain.Proctoring;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// The sitting's event log: every fact is chained to the one before and made durable in PostgreSQL before anything is
/// answered. Hot facts (answers, detections, warnings) are applied to the state after they are logged and replayed
/// from the log on activation; transitions are logged, then written with the grain state.
/// </summary>
public sealed partial class ExamSessionGrain
{
    /// <summary>Hot facts logged since the grain state was last written; a snapshot is taken every so many.</summary>
    private const int SnapshotEvery = 256;

    private int _unsnapshotted;

    /// <summary>Logs facts durably (one append, batched with other sittings' by the event log), advancing the chain.</summary>
    private async Task RecordAsync(IReadOnlyList<SittingEvent> facts, DateTimeOffset? at = null)
    {
        var now = at ?? Now;
        var records = new List<SittingLogRecord>(facts.Count);
        var (sequence, hash) = (S.LastSequence, S.LastHash);
        foreach (var fact in facts)
        {
            var record = SittingChain.Next(SittingId, ++sequence, hash, now, fact.Kind.ToString(), SittingEventJson.ToJson(fact));
            records.Add(record);
            hash = record.Hash;
        }

        try
        {
            await eventLog.AppendAsync(records);
        }
        catch
        {
            // The outcome is unknown (a commit may have landed): start again from what PostgreSQL holds.
            await RecoverAsync();
            throw;
        }

        (S.LastSequence, S.LastHash) = (sequence, hash);
    }

    /// <summary>Logs hot facts and applies them; the grain state is written only every <see cref="SnapshotEvery"/> facts.</summary>
    private async Task RecordHotAsync(IReadOnlyList<SittingEvent> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }

        var now = Now;
        await RecordAsync(facts, now);
        foreach (var fact in facts)
        {
            Apply(fact, SittingChain.Truncate(now));
        }

        S.Version++;
        _unsnapshotted += facts.Count;
        if (_unsnapshotted >= SnapshotEvery)
        {
            await state.WriteStateAsync();
            _unsnapshotted = 0;
        }
    }

    /// <summary>Logs a transition's facts, then changes and writes the state; on failure the state is read back.</summary>
    private async Task CommitAsync(IReadOnlyList<SittingEvent> facts, Action change)
    {
        await RecordAsync(facts);
        try
        {
            change();
            S.Version++;
            await state.WriteStateAsync();
            _unsnapshotted = 0;
        }
        catch
        {
            await RecoverAsync();
            throw;
        }
    }

    private async Task RecoverAsync()
    {
        await state.ReadStateAsync();
        _policy = null;
        await ReplayTailAsync(CancellationToken.None);
    }

    /// <summary>Applies the hot facts logged after the snapshot; a transition in the tail was never written, so it is skipped.</summary>
    private async Task ReplayTailAsync(CancellationToken cancellationToken)
    {
        var tail = await eventLog.ReadAsync(SittingId, S.LastSequence, cancellationToken);
        foreach (var record in tail)
        {
            var fact = SittingEventJson.Read(record);
            if (fact.IsHot)
            {
                Apply(fact, record.At);
            }

            (S.LastSequence, S.LastHash) = (record.Sequence, record.Hash);
        }

        _unsnapshotted = tail.Count;
    }

    /// <summary>What a hot fact changes; deterministic, so replaying the log gives the same state.</summary>
    private void Apply(SittingEvent fact, DateTimeOffset at)
    {
        switch (fact)
        {
            case IdentityVerified verified:
                if (verified.DetectionId is { } identityEvent)
                {
                    S.SeenEvents.Add(identityEvent);
                }

                S.CheckIn = S.CheckIn with { IdentityVerifiedAt = S.CheckIn.IdentityVerifiedAt ?? at };
                break;
            case RoomScanCompleted:
                S.CheckIn = S.CheckIn with { RoomScanCompletedAt = S.CheckIn.RoomScanCompletedAt ?? at };
                break;
            case AnswerSaved answer:
                S.Answers[answer.QuestionId] = new SavedAnswer(answer.QuestionId, answer.OptionId, answer.Sequence);
                break;
            case StepMarked mark:
                S.Marks[mark.StepId] = new StepMarkState(mark.PerformedPerMap, mark.Comment, mark.By ?? "");
                break;
            case Detected detected:
                ApplyDetection(detected, at);
                break;
            case ViolationConfirmed confirmed:
                Observe(new PolicyInput(SittingFactKind.ViolationConfirmed, confirmed.DetectionId.ToString("N"), null, null, at));
                S.Suspicious = [.. S.Suspicious.Select(s => s.DetectionId == confirmed.DetectionId ? s with { Confirmed = true, ConfirmedBy = confirmed.By } : s)];
                break;
            case WarningIssued warning:
                S.Warnings.Add(new SittingWarning(warning.IncidentId, warning.Detection, warning.Item, warning.ObservedAt, at, null));
                break;
            case WarningDelivered delivered:
                Observe(new PolicyInput(SittingFactKind.WarningDelivered, null, null, null, delivered.ObservedAt));
                S.Warnings = [.. S.Warnings.Select(w => w.DeliveredAt is null ? w with { DeliveredAt = delivered.ObservedAt } : w)];
                break;
        }
    }

    private void ApplyDetection(Detected fact, DateTimeOffset at)
    {
        if (fact.Detection == ProctoringKind.RoomScanCompleted)
        {
            S.CheckIn = S.CheckIn with { RoomScanCompletedAt = S.CheckIn.RoomScanCompletedAt ?? at };
        }

        var detection = new Detection(fact.DetectionId.ToString("N"), fact.Detection, fact.ObservedAt, fact.Item);
        S.SeenEvents.Add(fact.DetectionId);
        if (fact.Counted)
        {
            Observe(new PolicyInput(SittingFactKind.Detection, detection.Id, fact.Detection, fact.Item, detection.At));
        }

        if (DetectionClassifier.Classify(detection, AllowedItems) == DetectionClass.Suspicious)
        {
            S.Suspicious.Add(new SuspiciousEvent(fact.DetectionId, fact.Detection, detection.At, fact.Confidence, fact.EvidenceOffset, false, null));
        }
    }

    public async Task<SittingLogExport> ExportEventLog()
    {
        var records = await eventLog.ReadAsync(SittingId, 0);
        var (intact, brokenAt, problem) = SittingChain.Verify(SittingId, records);
        var end = records.Count == 0 ? (0L, SittingChain.Genesis) : (records[^1].Sequence, records[^1].Hash);
        if (intact && S.Exists && end != (S.LastSequence, S.LastHash))
        {
            // The sitting knows where its chain ends: a log cut short or rewritten from the end does not verify.
            (intact, brokenAt, problem) = (false, end.Item1, "the log does not end with the record the sitting last wrote");
        }

        return new SittingLogExport(SittingId, records, intact, brokenAt, problem);
    }
}
