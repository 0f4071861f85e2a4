namespace Platform.Domain.Proctoring;

/// <summary>
/// Detections of the same kind (and the same item) with no gap longer than the policy's window between them:
/// one phone seen in thirty frames is one incident.
/// </summary>
/// <param name="Id">The id of its earliest detection.</param>
/// <param name="Kind">The kind of its detections.</param>
/// <param name="Item">The item, for prohibited items.</param>
/// <param name="Start">The earliest detection.</param>
/// <param name="End">The latest detection.</param>
/// <param name="DetectionIds">Its detections, by time.</param>
/// <param name="Class">How it counts, after confirmations.</param>
/// <param name="Confirmed">Whether a proctor or commission member confirmed a suspicious detection in it.</param>
public sealed record Incident(
    string Id,
    ProctoringKind Kind,
    ProhibitedItem? Item,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<string> DetectionIds,
    DetectionClass Class,
    bool Confirmed);
