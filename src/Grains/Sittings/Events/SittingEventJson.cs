using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Grains.Sittings.Events;

/// <summary>
/// The payload of a log record, exactly as it is hashed: camelCase members in declaration order, nulls left out, enums
/// by name. A record is read back by the type its kind names, so every row ever written reads as it was written.
/// </summary>
public static class SittingEventJson
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string ToJson(SittingEvent e) => JsonSerializer.Serialize(e, e.GetType(), _json);

    public static SittingEvent Read(SittingLogRecord record) => Enum.Parse<SittingFactKind>(record.Kind) switch
    {
        SittingFactKind.Opened => Parse<Opened>(record),
        SittingFactKind.CheckedIn => Parse<CheckedIn>(record),
        SittingFactKind.IdentityVerified => Parse<IdentityVerified>(record),
        SittingFactKind.RoomScanCompleted => Parse<RoomScanCompleted>(record),
        SittingFactKind.TheoryOpened => Parse<TheoryOpened>(record),
        SittingFactKind.AnswerSaved => Parse<AnswerSaved>(record),
        SittingFactKind.ExtraTimeGranted => Parse<ExtraTimeGranted>(record),
        SittingFactKind.TheorySubmitted => Parse<TheorySubmitted>(record),
        SittingFactKind.StepMarked => Parse<StepMarked>(record),
        SittingFactKind.PracticalCompleted => Parse<PracticalCompleted>(record),
        SittingFactKind.Detection => Parse<Detected>(record),
        SittingFactKind.ViolationConfirmed => Parse<ViolationConfirmed>(record),
        SittingFactKind.WarningIssued => Parse<WarningIssued>(record),
        SittingFactKind.WarningDelivered => Parse<WarningDelivered>(record),
        SittingFactKind.Terminated => Parse<Terminated>(record),
        SittingFactKind.Removed => Parse<Removed>(record),
        SittingFactKind.TechnicalFailure => Parse<TechnicalFailureReported>(record),
        SittingFactKind.ViolationActSigned => Parse<ViolationActSigned>(record),
        SittingFactKind.ClosedAtDayEnd => Parse<ClosedAtDayEnd>(record),
        SittingFactKind.OutageCredited => Parse<OutageCredited>(record),
        var other => throw new InvalidDataException($"Record {record.Sequence} of sitting {record.SittingId} is of an unknown kind {other}."),
    };

    private static T Parse<T>(SittingLogRecord record) where T : SittingEvent =>
        JsonSerializer.Deserialize<T>(record.Payload, _json)
        ?? throw new InvalidDataException($"Record {record.Sequence} of sitting {record.SittingId} has no payload.");
}
