using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Domain.Proctoring;
using Platform.Grains.Documents;

namespace Platform.Grains.Sittings;

/// <summary>A sitting as its grain knows it, for the commission and the center (never the answer key, never a name or IIN).</summary>
/// <param name="SittingId">The grain key.</param>
/// <param name="CaseId">The recognition case.</param>
/// <param name="CenterNumber">The center.</param>
/// <param name="Mode">Online or offline.</param>
/// <param name="Language">The exam language (P9).</param>
/// <param name="ScheduledStart">The start of the exam notice (P6).</param>
/// <param name="State">Where the sitting stands.</param>
/// <param name="CheckIn">P8, P2.8.</param>
/// <param name="Deadline">The end of the theory stage (limit plus extra time plus outage time credited).</param>
/// <param name="ExtraTimeMinutes">Extra time granted (P10, P11).</param>
/// <param name="TimeLeft">Time left of the theory stage.</param>
/// <param name="Answered">Questions answered.</param>
/// <param name="TicketSize">Questions on the ticket.</param>
/// <param name="Scores">The results, once known.</param>
/// <param name="Outcome">P13.</param>
/// <param name="Warnings">Warnings issued (P13).</param>
/// <param name="Suspicious">Suspicious events, by time.</param>
/// <param name="Telemetry">Aggregated telemetry.</param>
/// <param name="ViolationAct">P14: the act drafted at termination or removal (signed once <paramref name="ViolationActSigned"/>).</param>
/// <param name="ViolationActSigned">The commission signed it and it is filed in the personal file.</param>
/// <param name="CaseRefusal">The last refusal of the case to what the sitting reported, if any.</param>
/// <param name="LoggedEvents">Records in the sitting's event log.</param>
/// <param name="Version">Grows with every change.</param>
/// <param name="ProgramVersion">The program version the sitting was opened under (null if opened before versions were kept).</param>
/// <param name="OutageCreditedSeconds">Issue 17: theory time given back by the platform for its outages (P11's spirit), in seconds.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SittingView")]
public sealed record SittingView(
    [property: Id(0)] string SittingId,
    [property: Id(1)] string CaseId,
    [property: Id(2)] string CenterNumber,
    [property: Id(3)] ExamMode Mode,
    [property: Id(4)] ExamLanguage Language,
    [property: Id(5)] DateTimeOffset ScheduledStart,
    [property: Id(6)] SittingState State,
    [property: Id(7)] CheckInRecord CheckIn,
    [property: Id(8)] DateTimeOffset? Deadline,
    [property: Id(9)] int ExtraTimeMinutes,
    [property: Id(10)] TimeSpan TimeLeft,
    [property: Id(11)] int Answered,
    [property: Id(12)] int TicketSize,
    [property: Id(13)] SittingScores? Scores,
    [property: Id(14)] ViolationOutcome Outcome,
    [property: Id(15)] IReadOnlyList<SittingWarning> Warnings,
    [property: Id(16)] IReadOnlyList<SuspiciousEvent> Suspicious,
    [property: Id(17)] TelemetrySummary Telemetry,
    [property: Id(18)] ViolationAct? ViolationAct,
    [property: Id(19)] bool ViolationActSigned,
    [property: Id(20)] string? CaseRefusal,
    [property: Id(21)] long LoggedEvents,
    [property: Id(22)] int Version,
    [property: Id(23)] int? ProgramVersion = null,
    [property: Id(24)] int OutageCreditedSeconds = 0);
