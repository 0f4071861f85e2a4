using Platform.Domain.Proctoring;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// The sitting's event log: every fact is chained to the one before and made durable in PostgreSQL before anything is
/// answered. Hot facts (answers, detections, warnings) are applied to the state after they are logged and replayed
/// from the log on activation; transitions are logged, then written with the grain state. The grain calls it; it
/// tells the grain of each policy input (<paramref name="observe"/>) and of a state read back (<paramref name="reread"/>).
/// </summary>
internal sealed class SittingJournal(
    IPersistentState<ExamSessionState> state, ISittingEventLog eventLog, TimeProvider time, string sittingId,
    Action<PolicyInput> observe, Action reread)
{
    /// <summary>Hot facts logged since the grain state was last written; a snapshot is taken every so many.</summary>
    private const int SnapshotEvery = 256;

    private int _unsnapshotted;

    private ExamSessionState S => state.State;

    /// <summary>Logs facts durably (one append, batched with other sittings' by the event log), advancing the chain.</summary>
    private async Task RecordAsync(IReadOnlyList<SittingEvent> facts, DateTimeOffset now)
    {
        var records = new List<SittingLogRecord>(facts.Count);
        var (sequence, hash) = (S.LastSequence, S.LastHash);
        foreach (var fact in facts)
        {
            var record = SittingChain.Next(sittingId, ++sequence, hash, now, fact.Kind.ToString(), SittingEventJson.ToJson(fact));
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
    public async Task RecordHotAsync(IReadOnlyList<SittingEvent> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        await RecordAsync(facts, now);
        foreach (var fact in facts)
        {
            Apply(fact, SittingChain.Truncate(now));
        }

        S.Version++;
        _unsnapshotted += facts.Count;
        if (_unsnapshotted >= SnapshotEvery)
        {
            await WriteAsync();
        }
    }

    /// <summary>Logs a transition's facts, then changes and writes the state; on failure the state is read back.</summary>
    public async Task CommitAsync(IReadOnlyList<SittingEvent> facts, Action change)
    {
        await RecordAsync(facts, time.GetUtcNow());
        try
        {
            change();
            S.Version++;
            await WriteAsync();
        }
        catch
        {
            await RecoverAsync();
            throw;
        }
    }

    /// <summary>Writes the grain state, a snapshot of every hot fact logged so far.</summary>
    public async Task WriteAsync()
    {
        await state.WriteStateAsync();
        _unsnapshotted = 0;
    }

    private async Task RecoverAsync()
    {
        await state.ReadStateAsync();
        reread();
        await ReplayTailAsync(CancellationToken.None);
    }

    /// <summary>Applies the hot facts logged after the snapshot; a transition in the tail was never written, so it is skipped.</summary>
    public async Task ReplayTailAsync(CancellationToken cancellationToken)
    {
        var tail = await eventLog.ReadAsync(sittingId, S.LastSequence, cancellationToken);
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
                observe(new PolicyInput(SittingFactKind.ViolationConfirmed, confirmed.DetectionId.ToString("N"), null, null, at));
                S.Suspicious = [.. S.Suspicious.Select(s => s.DetectionId == confirmed.DetectionId ? s with { Confirmed = true, ConfirmedBy = confirmed.By } : s)];
                break;
            case WarningIssued warning:
                S.Warnings.Add(new SittingWarning(warning.IncidentId, warning.Detection, warning.Item, warning.ObservedAt, at, null));
                break;
            case WarningDelivered delivered:
                observe(new PolicyInput(SittingFactKind.WarningDelivered, null, null, null, delivered.ObservedAt));
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
            observe(new PolicyInput(SittingFactKind.Detection, detection.Id, fact.Detection, fact.Item, detection.At));
        }

        if (DetectionClassifier.Classify(detection, ProctoringStage.AllowedItemsOf(S)) == DetectionClass.Suspicious)
        {
            S.Suspicious.Add(new SuspiciousEvent(fact.DetectionId, fact.Detection, detection.At, fact.Confidence, fact.EvidenceOffset, false, null));
        }
    }

    /// <summary>The whole log with its chain verified; <paramref name="exists"/> says whether the sitting knows where it ends.</summary>
    public async Task<SittingLogExport> ExportAsync(bool exists)
    {
        var records = await eventLog.ReadAsync(sittingId, 0);
        var (intact, brokenAt, problem) = SittingChain.Verify(sittingId, records);
        var end = records.Count == 0 ? (0L, SittingChain.Genesis) : (records[^1].Sequence, records[^1].Hash);
        if (intact && exists && end != (S.LastSequence, S.LastHash))
        {
            // The sitting knows where its chain ends: a log cut short or rewritten from the end does not verify.
            (intact, brokenAt, problem) = (false, end.Item1, "the log does not end with the record the sitting last wrote");
        }

        return new SittingLogExport(sittingId, records, intact, brokenAt, problem);
    }
}
