using System.Text.Json.Serialization;

namespace Platform.Grains.Sittings.Events;

/// <summary>
/// One record of a sitting's event log, typed by its <see cref="Kind"/> (the log's kind column). Holds no name and no
/// IIN. The "hot" kinds (answers, detections, confirmations, warnings, check-in signals, marks) are made durable by
/// the log alone and replayed from it on activation; the other kinds are transitions, durable in the log and in the
/// grain state written with them. The payload is written by <see cref="SittingEventJson"/>: the members of each record
/// keep the JSON names and order the log has always had.
/// </summary>
public abstract record SittingEvent
{
    private protected SittingEvent(SittingFactKind kind) => Kind = kind;

    [JsonIgnore]
    public SittingFactKind Kind { get; }

    /// <summary>Replayed from the log on activation (not written with the grain state).</summary>
    [JsonIgnore]
    public bool IsHot => Kind is SittingFactKind.IdentityVerified or SittingFactKind.RoomScanCompleted or SittingFactKind.AnswerSaved
        or SittingFactKind.StepMarked or SittingFactKind.Detection or SittingFactKind.ViolationConfirmed
        or SittingFactKind.WarningIssued or SittingFactKind.WarningDelivered;
}
