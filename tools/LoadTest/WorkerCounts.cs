namespace Platform.LoadTest;

/// <summary>Issue 16, <c>--generators K</c>: a worker's counters (<see cref="Metrics"/>), added up by the parent.</summary>
public sealed record WorkerCounts(
    long SittingsStarted,
    long SittingsCompleted,
    long AnswersSent,
    long AnswersAcknowledged,
    long EventsSent,
    long EventsAcknowledged,
    long Errors,
    long Terminations,
    long TicketsDelivered,
    long EndsAwaited,
    long EndsPushed,
    IReadOnlyList<string> ErrorSamples);
