using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Domain.Proctoring;

namespace Platform.Grains.Sittings;

/// <summary>
/// The payload of one record of a sitting's event log: only the members its kind uses are set. Holds no name and no
/// IIN. The "hot" kinds (answers, detections, confirmations, warnings, check-in signals, marks) are made durable by
/// the log alone and replayed from it on activation; the other kinds are transitions, durable in the log and in the
/// grain state written with them.
/// </summary>
public sealed record SittingFact
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    [JsonIgnore]
    public SittingFactKind Kind { get; init; }

    public string? By { get; init; }

    public string? Role { get; init; }

    public string? QuestionId { get; init; }

    public string? OptionId { get; init; }

    public long? Sequence { get; init; }

    public Guid? DetectionId { get; init; }

    public ProctoringKind? Detection { get; init; }

    public ProhibitedItem? Item { get; init; }

    public double? Confidence { get; init; }

    public TimeSpan? EvidenceOffset { get; init; }

    /// <summary>When it happened by the source's clock (a detection, a delivered warning).</summary>
    public DateTimeOffset? ObservedAt { get; init; }

    public string? IncidentId { get; init; }

    /// <summary>For a detection: it happened during a stage, so the violation policy counts it (P12).</summary>
    public bool? Counted { get; init; }

    public int? Minutes { get; init; }

    public string? StepId { get; init; }

    public bool? PerformedPerMap { get; init; }

    public string? Comment { get; init; }

    public long? Seed { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public int? Correct { get; init; }

    public int? Total { get; init; }

    public bool? Passed { get; init; }

    public IReadOnlyList<string>? Shortfalls { get; init; }

    public string? Rule { get; init; }

    public string? Text { get; init; }

    /// <summary>Replayed from the log on activation (not written with the grain state).</summary>
    [JsonIgnore]
    public bool IsHot => Kind is SittingFactKind.IdentityVerified or SittingFactKind.RoomScanCompleted or SittingFactKind.AnswerSaved
        or SittingFactKind.StepMarked or SittingFactKind.Detection or SittingFactKind.ViolationConfirmed
        or SittingFactKind.WarningIssued or SittingFactKind.WarningDelivered;

    public string ToJson() => JsonSerializer.Serialize(this, _json);

    public static SittingFact Read(SittingLogRecord record) =>
        (JsonSerializer.Deserialize<SittingFact>(record.Payload, _json) ?? new SittingFact()) with
        {
            Kind = Enum.Parse<SittingFactKind>(record.Kind),
        };
}
