using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Grains.Sittings;

namespace Platform.LoadTest;

/// <summary>
/// One simulated candidate in the live phase: the exam client on /hubs/sitting (Resume, SaveAnswer at the configured
/// pace, AcknowledgeWarning, Submit) and the sitting's stream on a shared /hubs/proctoring connection of the
/// <see cref="ProctoringPool"/> (a heartbeat once a second, suspicious detections at the configured rate, and for a
/// violator one or two prohibited items).
/// </summary>
public sealed class SimulatedCandidate(
    PreparedSitting sitting, int index, PlatformClient platform, ProctoringPool proctoring, Pacer pacer, ProcedureClock clock, LoadOptions options, Metrics metrics, Expectations expected)
{
    private static readonly ProctoringKind[] Suspicious =
        [ProctoringKind.HeadTurnedAway, ProctoringKind.FaceMissing, ProctoringKind.Speech, ProctoringKind.FocusLost];

    private readonly Random _random = new(sitting.Number);
    private readonly TaskCompletionSource _warned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _violations = ViolationsOf(index, options.Violators);
    private LiveConnection? _exam;

    /// <summary>The shared connection carrying this sitting's stream; the pool owns it.</summary>

    private TheorySheet? _sheet;
    private long _terminatingSent;

    /// <summary>Connects the exam client, opens the stream, runs until the deadline, then submits; every failure is counted, not thrown.</summary>
    public async Task RunAsync(DateTimeOffset until, CancellationToken cancel)
    {
        try
        {
            await ConnectAsync(cancel);
            metrics.SittingStarted();
            await Task.WhenAll(AnswerAsync(until, cancel), StreamAsync(until, cancel));
            await SubmitAsync();
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

    private async Task ConnectAsync(CancellationToken cancel)
    {
        // A reconnected connection (its token expired) resumes the sitting before its next call, as the exam page does.
        _exam = await platform.ConnectAsync("/hubs/sitting", sitting.Account, async hub => Notice(await hub.InvokeAsync<TheorySheet>("Resume", sitting.SittingId, cancel)), cancel);
        _exam.Hub.On<SittingWarning>("Warning", _ => _warned.TrySetResult());
        _exam.Hub.On<SittingState, string>("Ended", (_, _) => OnEnded());
        _sheet = await _exam.InvokeAsync<TheorySheet>("Resume", [sitting.SittingId], cancel);
        await proctoring.OpenStreamAsync(index, sitting.SittingId, sitting.Account, sitting.ProctoringToken, cancel);
    }

    /// <summary>
    /// What a resumed sheet tells that a push may have missed while the connection was down: a warning waiting to be
    /// shown, or the sitting terminated (P13). The exam page reads the same from its Resume.
    /// </summary>
    private void Notice(TheorySheet sheet)
    {
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
            if (receipt.Saved)
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
        var receipt = await proctoring.IngestAsync(index, batch).WaitAsync(cancel);
        metrics.EventsAcknowledgedNow(batch.Count, Stopwatch.GetElapsedTime(started));
        foreach (var e in batch.Where(e => e.Kind is not (ProctoringKind.Heartbeat or ProctoringKind.NoiseLevel or ProctoringKind.ProhibitedItem)))
        {
            expected.Detections.Add((sitting.SittingId, e.Id));
        }

        return receipt;
    }

    private async Task SubmitAsync()
    {
        if (_ended.Task.IsCompleted)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        if (await _exam!.InvokeAsync<SittingState?>("Submit", [], CancellationToken.None) is { } state && state != SittingState.TheoryOpen)
        {
            metrics.Submit.Record(Stopwatch.GetElapsedTime(started));
            metrics.SittingCompleted();
        }
    }

    private Task PauseAsync(double seconds, DateTimeOffset until, CancellationToken cancel)
    {
        var pause = TimeSpan.FromSeconds(seconds);
        var left = until - DateTimeOffset.UtcNow;
        return pacer.PauseAsync(pause < left ? pause : left).WaitAsync(cancel);
    }
}
