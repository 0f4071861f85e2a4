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
    private long _ticketsDelivered;
    private long _endsAwaited;
    private long _endsPushed;
    private long _unexpected;

    public Metrics()
    {
        AnswerSave = new("answer save", Timeline);
        EventAck = new("event acknowledgement", Timeline);
        TerminationCandidate = new("violation → termination (candidate)", Timeline);
        TerminationDashboard = new("violation → termination (dashboard)", Timeline);
        Submit = new("theory submission", Timeline);
        VoluntarySubmit = new("voluntary submission (mid-run)", Timeline);
        MassStart = new("opening → ticket (mass start)", Timeline);
        MassEnd = new("time limit → submitted push (mass end)", Timeline);
    }

    /// <summary>When the live phase started and when its steady phase is.</summary>
    public LiveTimeline Timeline { get; } = new();

    public Latency AnswerSave { get; }

    public Latency EventAck { get; }

    public Latency TerminationCandidate { get; }

    public Latency TerminationDashboard { get; }

    /// <summary>P9: the candidate's Submit round trip (scoring, the sitting's and the case's durable writes).</summary>
    public Latency Submit { get; }

    /// <summary>Issue 16: the Submit round trip of the candidates who submit in the middle of the live phase, under the steady load.</summary>
    public Latency VoluntarySubmit { get; }

    /// <summary>Issue 16: from the registrar's request opening the theory to the candidate's ticket in hand.</summary>
    public Latency MassStart { get; }

    /// <summary>Issue 16: from the instant every time limit ran out to the candidate's push that its theory is submitted.</summary>
    public Latency MassEnd { get; }

    public IReadOnlyList<Latency> All => [AnswerSave, EventAck, TerminationCandidate, TerminationDashboard, Submit, VoluntarySubmit, MassStart, MassEnd];

    public long TicketsDelivered => Interlocked.Read(ref _ticketsDelivered);

    /// <summary>Candidates who waited in theory for the mass end, and those of them the push reached.</summary>
    public long EndsAwaited => Interlocked.Read(ref _endsAwaited);

    public long EndsPushed => Interlocked.Read(ref _endsPushed);

    public long SittingsStarted => Interlocked.Read(ref _sittingsStarted);

    public long SittingsCompleted => Interlocked.Read(ref _sittingsCompleted);

    public long AnswersSent => Interlocked.Read(ref _answersSent);

    public long AnswersAcknowledged => Interlocked.Read(ref _answersAcknowledged);

    public long EventsSent => Interlocked.Read(ref _eventsSent);

    public long EventsAcknowledged => Interlocked.Read(ref _eventsAcknowledged);

    public long Errors => Interlocked.Read(ref _errors);

    public long Terminations => Interlocked.Read(ref _terminations);

    /// <summary>Issue 17: what each candidate saw of a fault (every candidate of the run, faulted or not).</summary>
    public System.Collections.Concurrent.ConcurrentBag<CandidateFaults> Candidates { get; } = [];

    /// <summary>Issue 17: the hubs' "unexpected error" and the API's 500s met (each call was sent again): a fault shown as a bug.</summary>
    public long UnexpectedErrors => Interlocked.Read(ref _unexpected);

    /// <summary>The first unexpected errors, for the report (at most 10 kept).</summary>
    public List<string> UnexpectedSamples { get; } = [];

    /// <summary>The last errors, for the report (at most 20 kept).</summary>
    public List<string> ErrorSamples { get; } = [];

    /// <summary>Issue 16: the counters as a generator worker hands them to the parent.</summary>
    public WorkerCounts Counts()
    {
        lock (ErrorSamples)
        {
            return new(SittingsStarted, SittingsCompleted, AnswersSent, AnswersAcknowledged, EventsSent, EventsAcknowledged, Errors, Terminations,
                TicketsDelivered, EndsAwaited, EndsPushed, [.. ErrorSamples]);
        }
    }

    /// <summary>Issue 16: adds a worker's counters (and its error samples, up to the 20 kept).</summary>
    public void Add(WorkerCounts counts)
    {
        Interlocked.Add(ref _sittingsStarted, counts.SittingsStarted);
        Interlocked.Add(ref _sittingsCompleted, counts.SittingsCompleted);
        Interlocked.Add(ref _answersSent, counts.AnswersSent);
        Interlocked.Add(ref _answersAcknowledged, counts.AnswersAcknowledged);
        Interlocked.Add(ref _eventsSent, counts.EventsSent);
        Interlocked.Add(ref _eventsAcknowledged, counts.EventsAcknowledged);
        Interlocked.Add(ref _errors, counts.Errors);
        Interlocked.Add(ref _terminations, counts.Terminations);
        Interlocked.Add(ref _ticketsDelivered, counts.TicketsDelivered);
        Interlocked.Add(ref _endsAwaited, counts.EndsAwaited);
        Interlocked.Add(ref _endsPushed, counts.EndsPushed);
        lock (ErrorSamples)
        {
            ErrorSamples.AddRange(counts.ErrorSamples.Take(Math.Max(0, 20 - ErrorSamples.Count)));
        }
    }

    /// <summary>Ends the current second of every latency (see <see cref="Latency.CloseSecond"/>).</summary>
    public void CloseSecond(int endsAt)
    {
        foreach (var latency in All)
        {
            latency.CloseSecond(endsAt);
        }
    }

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

    public void TicketDelivered(TimeSpan elapsed)
    {
        Interlocked.Increment(ref _ticketsDelivered);
        MassStart.Record(elapsed);
    }

    public void EndAwaited() => Interlocked.Increment(ref _endsAwaited);

    public void EndPushed(TimeSpan elapsed)
    {
        Interlocked.Increment(ref _endsPushed);
        MassEnd.Record(elapsed);
    }

    public void Unexpected(string what)
    {
        Interlocked.Increment(ref _unexpected);
        lock (UnexpectedSamples)
        {
            if (UnexpectedSamples.Count < 10)
            {
                UnexpectedSamples.Add(what);
            }
        }
    }

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
