using System.Collections.Concurrent;

namespace Platform.LoadTest;

/// <summary>
/// What the platform acknowledged and so must hold in PostgreSQL: each saved answer (sitting, question, sequence),
/// each detection of an acknowledged batch (sitting, event id), each violation, the sittings it terminated, and (issue 16)
/// the theories submitted: by the candidate, or by the platform at the time limit for every sitting still in theory then.
/// </summary>
public sealed class Expectations
{
    public ConcurrentBag<(string SittingId, string QuestionId, long Sequence)> Answers { get; } = [];

    public ConcurrentBag<(string SittingId, Guid EventId)> Detections { get; } = [];

    public ConcurrentBag<(string SittingId, Guid EventId)> Violations { get; } = [];

    public ConcurrentBag<string> Terminated { get; } = [];

    /// <summary>Sittings whose candidate's Submit the platform answered with the theory over.</summary>
    public ConcurrentBag<string> SubmittedByCandidate { get; } = [];

    /// <summary>Sittings in theory when every time limit ran out (the mass end): each must be submitted at its time limit.</summary>
    public ConcurrentBag<string> AwaitingTimeLimit { get; } = [];

    /// <summary>When each terminating violation was sent, by sitting (for the dashboard's latency).</summary>
    public ConcurrentDictionary<string, long> TerminatingSentAt { get; } = new();
}
