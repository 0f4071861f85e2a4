namespace Platform.LoadTest;

/// <summary>What the run counts and measures, updated by every simulated client.</summary>
public sealed class Metrics
{
    private long _sittingsStarted;
    private long _sittingsCompleted;
    private long _answersSent;
    private long _answersAcknowledged;
    private long _eventsSent;
    private long _eventsAcknowledged;
    private long _errors;
    private long _terminations;

    public Latency AnswerSave { get; } = new("answer save");

    public Latency EventAck { get; } = new("event acknowledgement");

    public Latency TerminationCandidate { get; } = new("violation → termination (candidate)");

    public Latency TerminationDashboard { get; } = new("violation → termination (dashboard)");

    public IReadOnlyList<Latency> All => [AnswerSave, EventAck, TerminationCandidate, TerminationDashboard];

    public long SittingsStarted => Interlocked.Read(ref _sittingsStarted);

    public long SittingsCompleted => Interlocked.Read(ref _sittingsCompleted);

    public long AnswersSent => Interlocked.Read(ref _answersSent);

    public long AnswersAcknowledged => Interlocked.Read(ref _answersAcknowledged);

    public long EventsSent => Interlocked.Read(ref _eventsSent);

    public long EventsAcknowledged => Interlocked.Read(ref _eventsAcknowledged);

    public long Errors => Interlocked.Read(ref _errors);

    public long Terminations => Interlocked.Read(ref _terminations);

    /// <summary>The last errors, for the report (at most 20 kept).</summary>
    public List<string> ErrorSamples { get; } = [];

    public void SittingStarted() => Interlocked.Increment(ref _sittingsStarted);

    public void SittingCompleted() => Interlocked.Increment(ref _sittingsCompleted);

    public void AnswerSent() => Interlocked.Increment(ref _answersSent);

    public void AnswerAcknowledged(TimeSpan elapsed)
    {
        Interlocked.Increment(ref _answersAcknowledged);
        AnswerSave.Record(elapsed);
    }

    public void EventsSentNow(int count) => Interlocked.Add(ref _eventsSent, count);

    public void EventsAcknowledgedNow(int count, TimeSpan elapsed)
    {
        Interlocked.Add(ref _eventsAcknowledged, count);
        EventAck.Record(elapsed);
    }

    public void Terminated() => Interlocked.Increment(ref _terminations);

    public void Error(string what)
    {
        Interlocked.Increment(ref _errors);
        lock (ErrorSamples)
        {
            if (ErrorSamples.Count < 20)
            {
                ErrorSamples.Add(what);
            }
        }
    }
}
