using Platform.Domain.Proctoring;
using Platform.Grains.Sittings;
using Platform.Grains.Sittings.Events;

namespace Platform.Integration.Tests.Sittings;

/// <summary>
/// The sittings' event log is hash-chained: a typed event writes its payload byte for byte as the single SittingFact
/// record did (the payloads below were written by it; OutageCredited, issue 17, came after it), and every row already in
/// the log reads back as its type.
/// </summary>
public sealed class SittingEventFormatTests
{
    private static readonly DateTimeOffset _at = new(2026, 3, 2, 5, 0, 0, 123, TimeSpan.Zero);
    private static readonly Guid _id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    /// <summary>Kind and payload of one record of each kind and shape, as the log held them before the typed events.</summary>
    private static readonly string[][] _written =
    [
        ["Opened", "{\"by\":\"registrar-1\",\"role\":\"registrar\",\"rule\":\"P6\",\"text\":\"P-01\"}"],
        ["CheckedIn", "{\"by\":\"m\",\"role\":\"commission\",\"rule\":\"P8\",\"text\":\"Журнал №3, «ТБ»\"}"],
        ["CheckedIn", "{\"by\":\"m\",\"role\":\"proctor\",\"rule\":\"P8\"}"],
        ["IdentityVerified", "{\"detectionId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"confidence\":0.98,\"observedAt\":\"2026-03-02T05:00:00.123+00:00\",\"rule\":\"P2.8\"}"],
        ["IdentityVerified", "{\"by\":\"p\",\"role\":\"proctor\",\"rule\":\"P2.8\"}"],
        ["RoomScanCompleted", "{\"by\":\"p\",\"role\":\"proctor\",\"rule\":\"P2.8\"}"],
        ["TheoryOpened", "{\"by\":\"p\",\"role\":\"proctor\",\"seed\":1234567890123,\"deadline\":\"2026-03-02T06:30:00.123+00:00\",\"total\":40,\"rule\":\"P9\"}"],
        ["AnswerSaved", "{\"questionId\":\"q-1\",\"optionId\":\"o-2\",\"sequence\":7}"],
        ["ExtraTimeGranted", "{\"by\":\"p\",\"role\":\"proctor\",\"minutes\":15,\"rule\":\"P10, P11\",\"text\":\"сбой \\\"связи\\\"\"}"],
        ["TheorySubmitted", "{\"by\":\"system\",\"role\":\"sitting\",\"correct\":30,\"total\":40,\"passed\":true,\"rule\":\"P9, P15\",\"text\":\"time limit\"}"],
        ["StepMarked", "{\"by\":\"m\",\"role\":\"commission\",\"stepId\":\"s-1\",\"performedPerMap\":false,\"comment\":\"нет\",\"rule\":\"P16\"}"],
        ["StepMarked", "{\"by\":\"m\",\"role\":\"commission\",\"stepId\":\"s-2\",\"performedPerMap\":true,\"rule\":\"P16\"}"],
        ["PracticalCompleted", "{\"by\":\"m\",\"role\":\"commission\",\"passed\":false,\"shortfalls\":[\"Шаг 1\",\"Step 2\"],\"rule\":\"P16, P17\"}"],
        ["Detection", "{\"detectionId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"detection\":\"ProhibitedItem\",\"item\":\"MobilePhone\",\"confidence\":0.97,\"evidenceOffset\":\"00:00:42.5000000\",\"observedAt\":\"2026-03-02T05:00:00.123+00:00\",\"counted\":true}"],
        ["Detection", "{\"detectionId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"detection\":\"FaceMissing\",\"confidence\":0.5,\"observedAt\":\"2026-03-02T05:00:00.123+00:00\",\"counted\":false}"],
        ["ViolationConfirmed", "{\"by\":\"p\",\"role\":\"proctor\",\"detectionId\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"rule\":\"P13\"}"],
        ["WarningIssued", "{\"detection\":\"ProhibitedItem\",\"item\":\"Headphones\",\"observedAt\":\"2026-03-02T05:00:00.123+00:00\",\"incidentId\":\"i-1\",\"rule\":\"P13\"}"],
        ["WarningIssued", "{\"detection\":\"Speech\",\"observedAt\":\"2026-03-02T05:00:00.123+00:00\",\"incidentId\":\"i-1\",\"rule\":\"P13\"}"],
        ["WarningDelivered", "{\"observedAt\":\"2026-03-02T05:00:00.123+00:00\",\"rule\":\"P13\"}"],
        ["Terminated", "{\"detection\":\"SeveralFaces\",\"observedAt\":\"2026-03-02T05:00:00.123+00:00\",\"incidentId\":\"i-2\",\"rule\":\"P13\"}"],
        ["Removed", "{\"detection\":\"ProhibitedItem\",\"item\":\"MobilePhone\",\"observedAt\":\"2026-03-02T05:00:00.123+00:00\",\"incidentId\":\"i-2\",\"rule\":\"P13\"}"],
        ["TechnicalFailure", "{\"by\":\"p\",\"role\":\"proctor\",\"rule\":\"P11\"}"],
        ["ViolationActSigned", "{\"by\":\"m\",\"role\":\"commission\",\"rule\":\"P14\",\"text\":\"Ахметов А., Иванова Б.\"}"],
        ["ClosedAtDayEnd", "{\"by\":\"system\",\"role\":\"sitting\",\"examDay\":\"2026-03-02\",\"stage\":\"not-appeared\",\"rule\":\"P6, P17\"}"],
        ["OutageCredited", "{\"by\":\"platform\",\"role\":\"platform\",\"from\":\"2026-03-02T05:00:00.123+00:00\",\"to\":\"2026-03-02T05:00:42.123+00:00\",\"seconds\":42,\"capped\":false,\"rule\":\"P11\"}"],
    ];

    private static readonly SittingEvent[] _events =
    [
        new Opened("registrar-1", "registrar", "P6", "P-01"),
        new CheckedIn("m", "commission", "P8", "Журнал №3, «ТБ»"),
        new CheckedIn("m", "proctor", "P8", null),
        new IdentityVerified(null, null, _id, 0.98, _at, "P2.8"),
        new IdentityVerified("p", "proctor", null, null, null, "P2.8"),
        new RoomScanCompleted("p", "proctor", "P2.8"),
        new TheoryOpened("p", "proctor", 1234567890123, _at.AddMinutes(90), 40, "P9"),
        new AnswerSaved("q-1", "o-2", 7),
        new ExtraTimeGranted("p", "proctor", 15, "P10, P11", "сбой \"связи\""),
        new TheorySubmitted("system", "sitting", 30, 40, true, "P9, P15", "time limit"),
        new StepMarked("m", "commission", "s-1", false, "нет", "P16"),
        new StepMarked("m", "commission", "s-2", true, null, "P16"),
        new PracticalCompleted("m", "commission", false, ["Шаг 1", "Step 2"], "P16, P17"),
        new Detected(_id, ProctoringKind.ProhibitedItem, ProhibitedItem.MobilePhone, 0.97, TimeSpan.FromSeconds(42.5), _at, true),
        new Detected(_id, ProctoringKind.FaceMissing, null, 0.5, null, _at, false),
        new ViolationConfirmed("p", "proctor", _id, "P13"),
        new WarningIssued(ProctoringKind.ProhibitedItem, ProhibitedItem.Headphones, _at, "i-1", "P13"),
        new WarningIssued(ProctoringKind.Speech, null, _at, "i-1", "P13"),
        new WarningDelivered(_at, "P13"),
        new Terminated(ProctoringKind.SeveralFaces, null, _at, "i-2", "P13"),
        new Removed(ProctoringKind.ProhibitedItem, ProhibitedItem.MobilePhone, _at, "i-2", "P13"),
        new TechnicalFailureReported("p", "proctor", "P11"),
        new ViolationActSigned("m", "commission", "P14", "Ахметов А., Иванова Б."),
        new ClosedAtDayEnd("system", "sitting", new DateOnly(2026, 3, 2), "not-appeared", "P6, P17"),
        new OutageCredited("platform", "platform", _at, _at.AddSeconds(42), 42, false, "P11"),
    ];

    [Fact]
    public void EveryEventWritesTheKindAndThePayloadTheLogAlwaysHad()
    {
        Assert.Equal(_written.Length, _events.Length);
        for (var i = 0; i < _events.Length; i++)
        {
            Assert.Equal(_written[i][0], _events[i].Kind.ToString());
            Assert.Equal(_written[i][1], SittingEventJson.ToJson(_events[i]));
        }
    }

    [Fact]
    public void EveryRecordAlreadyInTheLogReadsBackAsItsTypedEvent()
    {
        for (var i = 0; i < _written.Length; i++)
        {
            var read = SittingEventJson.Read(new SittingLogRecord("sitting-x-1", i + 1, _at, _written[i][0], _written[i][1], "", ""));
            Assert.IsType(_events[i].GetType(), read);
            Assert.Equal(_written[i][1], SittingEventJson.ToJson(read));
        }
    }

    [Fact]
    public void EveryKindOfTheLogHasItsTypedEvent()
    {
        Assert.Equal(Enum.GetValues<SittingFactKind>().Select(k => k.ToString()).Order(), _written.Select(w => w[0]).Distinct().Order());
    }

    [Fact]
    public void ARecordOfAnUnknownKindIsNotReadAsAnything()
    {
        Assert.ThrowsAny<Exception>(() => SittingEventJson.Read(new SittingLogRecord("sitting-x-1", 1, _at, "Renamed", "{}", "", "")));
    }
}
