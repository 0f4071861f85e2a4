using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Grains.Sittings;

namespace Platform.LoadTest;

/// <summary>
/// One simulated candidate in the live phase: the exam client on /hubs/sitting (Resume, SaveAnswer at the configured
/// pace, AcknowledgeWarning, Submit) and the sitting's stream on a shared /hubs/proctoring connection of the
/// <see cref="ProctoringPool"/> (a heartbeat once a second, suspicious detections at the configured rate, and for a
/// violator one or two prohibited items). In a national sitting (issue 16) it waits connected for the registrar to
/// open its theory (mass start), and at the end waits for the platform to submit it when its time runs out (mass end);
/// the share <see cref="LoadOptions.Voluntary"/> submits itself in the middle of the live phase instead.
/// </summary>
public sealed class SimulatedCandidate(
    PreparedSitting sitting, int index, PlatformClient platform, ProctoringPool proctoring, Pacer pacer, ProcedureClock clock, LoadOptions options, Metrics metrics, Expectations expected,
    NationalSitting national)
{
    /// <summary>How long a candidate waits for its ticket after the opening, or for the push after its time ran out.</summary>
    private static readonly TimeSpan PushWait = TimeSpan.FromSeconds(60);

    private static readonly ProctoringKind[] Suspicious =
        [ProctoringKind.HeadTurnedAway, ProctoringKind.FaceMissing, ProctoringKind.Speech, ProctoringKind.FocusLost];

    private readonly Random _random = new(sitting.Number);
    private readonly TaskCompletionSource _warned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<long> _theoryOver = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _violations = ViolationsOf(index, options.Violators);
    private LiveConnection? _exam;

    /// <summary>The shared connection carrying this sitting's stream; the pool owns it.</summary>

    private TheorySheet? _sheet;
    private long _terminatingSent;

    /// <summary>Issue 17: what this candidate saw of a fault.</summary>
    public CandidateFaults Faults { get; } = new();

    /// <summary>
    /// Connects the exam client, opens the stream (mass start: waits for its ticket), runs until the deadline (a
    /// voluntary submitter: until its moment in the middle), then submits or (mass end) waits for the platform to; every
    /// failure is counted, not thrown.
    /// </summary>
    /// <param name="until">When the live phase ends for this candidate (in a mass start, known once the theories are open).</param>
    public async Task RunAsync(Task<DateTimeOffset> until, CancellationToken cancel)
    {
        try
        {
            try
            {
                await ConnectAsync(cancel);
            }
            finally
            {
                national.Arrived();
            }

            if (options.MassStart)
            {
                await TicketAsync(cancel);
            }

            metrics.SittingStarted();
            var end = await until.WaitAsync(cancel);
            var voluntary = Voluntary(index, options);
            var leaving = voluntary ? DateTimeOffset.UtcNow + (end - DateTimeOffset.UtcNow) * (0.4 + 0.2 * _random.NextDouble()) : end;
            await Task.WhenAll(AnswerAsync(leaving, cancel), StreamAsync(leaving, cancel));
            if (options.MassEnd && !voluntary)
            {
                await ExpiredAsync(cancel);
            }
            else
            {
                await SubmitAsync(voluntary);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            metrics.Error($"{sitting.SittingId}: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            if (_exam is not null)
            {
                await _exam.DisposeAsync();
            }
        }
    }

    /// <summary>P12, P13: the share <see cref="LoadOptions.Violators"/> of the candidates (by index) violates, half once (a warning), half twice (terminated).</summary>
    private static int ViolationsOf(int index, double violators) => index % 100 < violators * 100 ? 1 + index % 2 : 0;

    /// <summary>Issue 16: the share <see cref="LoadOptions.Voluntary"/> (by index, from the other end than the violators) submits in the middle.</summary>
    public static bool Voluntary(int index, LoadOptions options) => index % 100 >= 100 - options.Voluntary * 100;

    private async Task ConnectAsync(CancellationToken cancel)
    {
        // A reconnected connection (its token expired) resumes the sitting before its next call, as the exam page does.
        _exam = await platform.ConnectAsync("/hubs/sitting", sitting.Account, async hub =>
        {
            var sheet = await hub.InvokeAsync<TheorySheet>("Resume", sitting.SittingId, cancel);
            Faults.Sheet(sheet, afterReconnect: true);
            Notice(sheet);
        }, cancel, Faults.Exam);
        _exam.Hub.On<SittingWarning>("Warning", _ => _warned.TrySetResult());
        _exam.Hub.On<SittingState, string>("Ended", (_, _) => OnEnded());
        _exam.Hub.On<SittingState, double>("StateChanged", (state, _) => OnStateChanged(state));
        _sheet = await _exam.InvokeAsync<TheorySheet>("Resume", [sitting.SittingId], cancel);
        Faults.Sheet(_sheet, afterReconnect: false);
        OnStateChanged(_sheet.State);
        await proctoring.OpenStreamAsync(index, sitting.SittingId, sitting.Account, sitting.ProctoringToken, cancel);
        if (_sheet.Deadline is { } deadline)
        {
            national.Deadlines.Add(deadline);
        }
    }

    /// <summary>P9: the push that the theory opened (mass start) or is over (submitted by the platform at its time limit).</summary>
    private void OnStateChanged(SittingState state)
    {
        if (state == SittingState.TheoryOpen)
        {
            _opened.TrySetResult();
        }
        else if (state is not (SittingState.Scheduled or SittingState.CheckedIn))
        {
            _theoryOver.TrySetResult(Stopwatch.GetTimestamp());
        }
    }

    /// <summary>
    /// Issue 16, mass start: waits (connected) for the push that the registrar opened the theory, then takes the ticket
    /// (Resume), as the exam page does; the latency runs from the opening request to the ticket in hand. Without the push
    /// within <see cref="PushWait"/> of that request the ticket is fetched anyway and counted as not pushed. (The wait
    /// once ran from the candidate's arrival: at 10,000 the registrar's burst lasted 47 s after a 60 s ramp-up, and
    /// 1,235 early arrivals gave up before their theory was opened.)
    /// </summary>
    private async Task TicketAsync(CancellationToken cancel)
    {
        await national.OpeningSentTask(index).WaitAsync(cancel);
        var pushed = await Within(_opened.Task, cancel);
        _sheet = await _exam!.InvokeAsync<TheorySheet>("Resume", [sitting.SittingId], cancel);
        Faults.Sheet(_sheet, afterReconnect: false);
        if (_sheet.State != SittingState.TheoryOpen || _sheet.Questions.Count == 0)
        {
            throw new InvalidOperationException($"no ticket after the opening (state {_sheet.State})");
        }

        if (pushed)
        {
            metrics.TicketDelivered(Stopwatch.GetElapsedTime(national.OpeningSentAt(index)));
        }
        else
        {
            metrics.Error($"{sitting.SittingId}: no push within {PushWait.TotalSeconds:0} s that the theory opened");
        }

        if (_sheet.Deadline is { } deadline)
        {
            national.Deadlines.Add(deadline);
        }
    }

    /// <summary>
    /// Issue 16, mass end: the candidate stopped answering at the end and waits for the push that the platform submitted
    /// its theory (P9); the latency runs from the instant the clock put every deadline behind. No push in time is an error.
    /// </summary>
    private async Task ExpiredAsync(CancellationToken cancel)
    {
        if (_ended.Task.IsCompleted)
        {
            return;
        }

        metrics.EndAwaited();
        expected.AwaitingTimeLimit.Add(sitting.SittingId);
        var expiredAt = await national.Expired.WaitAsync(cancel);
        if (await Within(_theoryOver.Task, cancel))
        {
            metrics.EndPushed(Stopwatch.GetElapsedTime(expiredAt, Math.Max(expiredAt, _theoryOver.Task.Result)));
        }
        else
        {
            metrics.Error($"{sitting.SittingId}: no push within {PushWait.TotalSeconds:0} s that the platform submitted the theory at its time limit");
        }
    }

    private static async Task<bool> Within(Task task, CancellationToken cancel)
    {
        try
        {
            await task.WaitAsync(PushWait, cancel);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// What a resumed sheet tells that a push may have missed while the connection was down: a warning waiting to be
    /// shown, or the sitting terminated (P13). The exam page reads the same from its Resume.
    /// </summary>
    private void Notice(TheorySheet sheet)
    {
        OnStateChanged(sheet.State);
        if (sheet.PendingWarning is not null)
        {
            _warned.TrySetResult();
        }

        if (sheet.State == SittingState.Terminated)
        {
            OnEnded();
        }
    }

    private void OnEnded()
    {
        if (Interlocked.Read(ref _terminatingSent) is var sent and > 0 && _ended.TrySetResult())
        {
            metrics.TerminationCandidate.Record(Stopwatch.GetElapsedTime(sent));
        }

        _ended.TrySetResult();
    }

    /// <summary>P9: answers the ticket round after round (a changed answer gets the next sequence) at a jittered pace.</summary>
    private async Task AnswerAsync(DateTimeOffset until, CancellationToken cancel)
    {
        var questions = _sheet!.Questions;
        var sequences = new long[questions.Count];
        for (var i = 0; DateTimeOffset.UtcNow < until && !_ended.Task.IsCompleted && questions.Count > 0; i++)
        {
            await PauseAsync(options.AnswerInterval * (0.5 + _random.NextDouble()), until, cancel);
            if (DateTimeOffset.UtcNow >= until || _ended.Task.IsCompleted)
            {
                return;
            }

            var q = i % questions.Count;
            var option = questions[q].Options[_random.Next(questions[q].Options.Count)].Id;
            var sequence = ++sequences[q];
            metrics.AnswerSent();
            var started = Stopwatch.GetTimestamp();
            var receipt = await _exam!.InvokeAsync<AnswerReceipt>("SaveAnswer", [questions[q].QuestionId, option, sequence], cancel);
            // Issue 17: a call sent again after a fault whose first sending was stored answers "not saved" (a repeated
            // sequence) with this answer stored: the candidate sees it saved, as the exam page does, and it must be kept.
            if (receipt.Saved || (receipt.StoredSequence == sequence && receipt.StoredOptionId == option))
            {
                metrics.AnswerAcknowledged(Stopwatch.GetElapsedTime(started));
                expected.Answers.Add((sitting.SittingId, questions[q].QuestionId, sequence));
            }
            else if (!receipt.Accepted)
            {
                return;
            }
        }
    }

    /// <summary>P2.8: one batch a second (heartbeat, maybe a detection); the violator's prohibited items in the middle.</summary>
    private async Task StreamAsync(DateTimeOffset until, CancellationToken cancel)
    {
        var live = until - DateTimeOffset.UtcNow;
        var violateAt = DateTimeOffset.UtcNow + live * (0.2 + 0.2 * _random.NextDouble());
        var committed = 0;
        while (DateTimeOffset.UtcNow < until && !_ended.Task.IsCompleted)
        {
            await PauseAsync(1, until, cancel);
            if (committed < _violations && DateTimeOffset.UtcNow >= violateAt)
            {
                committed++;
                await ViolateAsync(committed, cancel);
                violateAt = DateTimeOffset.UtcNow.AddSeconds(2);
                continue;
            }

            await SendAsync(Batch(), cancel);
        }
    }

    private List<ProctoringEvent> Batch()
    {
        var now = clock.Now;
        var batch = new List<ProctoringEvent> { new(Guid.NewGuid(), sitting.SittingId, now, ProctoringKind.Heartbeat, 1) };
        if (_random.NextDouble() < options.EventRate / 60)
        {
            batch.Add(new(Guid.NewGuid(), sitting.SittingId, now, Suspicious[_random.Next(Suspicious.Length)], 0.7, null, TimeSpan.FromSeconds(_random.Next(3600))));
        }

        return batch;
    }

    /// <summary>P12, P13: a prohibited item; the first brings a warning the candidate acknowledges, the second ends the sitting.</summary>
    private async Task ViolateAsync(int which, CancellationToken cancel)
    {
        var item = which == 1 ? ProhibitedItem.MobilePhone : ProhibitedItem.SmartWatch;
        var e = new ProctoringEvent(Guid.NewGuid(), sitting.SittingId, clock.Now.AddSeconds(which - 1), ProctoringKind.ProhibitedItem, 0.97, item, TimeSpan.FromSeconds(42));
        if (which == 2)
        {
            var sent = Stopwatch.GetTimestamp();
            expected.TerminatingSentAt[sitting.SittingId] = sent;
            Interlocked.Exchange(ref _terminatingSent, sent);
        }

        var receipt = await SendAsync([e], cancel);
        expected.Violations.Add((sitting.SittingId, e.Id));
        if (which == 1)
        {
            await _warned.Task.WaitAsync(TimeSpan.FromSeconds(30), cancel);
            await _exam!.InvokeAsync<bool>("AcknowledgeWarning", [], cancel);
        }
        else if (receipt.State == SittingState.Terminated)
        {
            metrics.Terminated();
            expected.Terminated.Add(sitting.SittingId);
            await _ended.Task.WaitAsync(TimeSpan.FromSeconds(30), cancel);
        }
    }

    private async Task<IngestReceipt> SendAsync(List<ProctoringEvent> batch, CancellationToken cancel)
    {
        metrics.EventsSentNow(batch.Count);
        var started = Stopwatch.GetTimestamp();
        var receipt = await IngestAgainAsync(batch, started, cancel);
        metrics.EventsAcknowledgedNow(batch.Count, Stopwatch.GetElapsedTime(started));
        foreach (var e in batch.Where(e => e.Kind is not (ProctoringKind.Heartbeat or ProctoringKind.NoiseLevel or ProctoringKind.ProhibitedItem)))
        {
            expected.Detections.Add((sitting.SittingId, e.Id));
        }

        return receipt;
    }

    /// <summary>
    /// Issue 17: a batch the platform refused as unavailable, one cut with its connection, or one refused because its
    /// stream is not reopened yet after a reconnect, goes again (the same event ids: harmless twice) until it is
    /// taken or <see cref="HubRefusals.Patience"/> runs out; the stream's error window runs meanwhile.
    /// </summary>
    private async Task<IngestReceipt> IngestAgainAsync(List<ProctoringEvent> batch, long started, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            var sent = Stopwatch.GetTimestamp();
            try
            {
                var receipt = await proctoring.IngestAsync(index, batch).WaitAsync(cancel);
                Faults.Stream.Succeeded();
                return receipt;
            }
            catch (Exception failure) when (StreamFault(failure) && Stopwatch.GetElapsedTime(started) < HubRefusals.Patience && !cancel.IsCancellationRequested)
            {
                Faults.Stream.Failed(sent);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(250 * attempt, 2000)), cancel);
            }
        }
    }

    private static bool StreamFault(Exception failure) => failure switch
    {
        HubException refusal => LiveConnection.Transient(refusal) || HubRefusals.Refusal(refusal.Message).StartsWith("Open the stream", StringComparison.Ordinal)
            || HubRefusals.Refusal(refusal.Message).StartsWith("The proctoring token is refused: WrongSitting", StringComparison.Ordinal),
        OperationCanceledException => false,
        _ => true,
    };

    private async Task SubmitAsync(bool voluntary)
    {
        if (_ended.Task.IsCompleted)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        if (await _exam!.InvokeAsync<SittingState?>("Submit", [], CancellationToken.None) is { } state && state != SittingState.TheoryOpen)
        {
            (voluntary ? metrics.VoluntarySubmit : metrics.Submit).Record(Stopwatch.GetElapsedTime(started));
            metrics.SittingCompleted();
            expected.SubmittedByCandidate.Add(sitting.SittingId);
        }
    }

    private Task PauseAsync(double seconds, DateTimeOffset until, CancellationToken cancel)
    {
        var pause = TimeSpan.FromSeconds(seconds);
        var left = until - DateTimeOffset.UtcNow;
        return pacer.PauseAsync(pause < left ? pause : left).WaitAsync(cancel);
    }
}
