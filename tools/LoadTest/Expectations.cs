using System.Collections.Concurrent;

namespace Platform.LoadTest;

/// <summary>
/// What the platform acknowledged and so must hold in PostgreSQL: each saved answer (sitting, question, sequence),
/// each detection of an acknowledged batch (sitting, event id), each violation, and the sittings it terminated.
/// </summary>
public sealed class Expectations
{
    public ConcurrentBag<(string SittingId, string QuestionId, long Sequence)> Answers { get; } = [];

    public ConcurrentBag<(string SittingId, Guid EventId)> Detections { get; } = [];

    public ConcurrentBag<(string SittingId, Guid EventId)> Violations { get; } = [];

    public ConcurrentBag<string> Terminated { get; } = [];

    /// <summary>When each terminating violation was sent, by sitting (for the dashboard's latency).</summary>
    public ConcurrentDictionary<string, long> TerminatingSentAt { get; } = new();
}
