using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings;

/// <summary>
/// One event of a sitting's proctoring stream (P2.8), or one record of the commission offline. A repeated id is the
/// same event; events may arrive out of order.
/// </summary>
/// <param name="Id">Unique id of the event.</param>
/// <param name="SittingId">The sitting it belongs to (its grain key).</param>
/// <param name="At">When, by the source's clock.</param>
/// <param name="Kind">What was seen.</param>
/// <param name="Confidence">The detector's confidence, 0..1 (1 for a person's record).</param>
/// <param name="Item">The item, for <see cref="ProctoringKind.ProhibitedItem"/> (P12).</param>
/// <param name="EvidenceOffset">Where the evidence is in the recording of the sitting.</param>
/// <param name="Value">The measured value of telemetry (noise level in dB).</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.ProctoringEvent")]
public sealed record ProctoringEvent(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string SittingId,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] ProctoringKind Kind,
    [property: Id(4)] double Confidence,
    [property: Id(5)] ProhibitedItem? Item = null,
    [property: Id(6)] TimeSpan? EvidenceOffset = null,
    [property: Id(7)] double? Value = null)
{
    /// <summary>The detection this event reports, or null for the identity check and telemetry.</summary>
    public ProctoringKind? Detection => Kind.IsDetection() ? Kind : null;
}
