using Platform.Domain.Procedure;

namespace Platform.Grains.Procedure;

/// <summary>A recognition case as its grain knows it. Holds no name and no IIN: the candidate is a key.</summary>
/// <remarks><see cref="ExamLanguage"/> is the candidate's choice (P9); <see cref="SickLeaveSheetReceived"/>: the center received the copy of the sick-leave sheet (P7);
/// <see cref="Results"/>: the results the protocol will record (P15-P17), once the procedure is completed;
/// <see cref="AppealGrounds"/>: what the candidate contests in the appeal (P20), for the appeal commission;
/// <see cref="OfflineProgramVersion"/>: the program version the attempt's offline exam opened under (SPEC §5; an online sitting keeps its own).</remarks>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.CaseView")]
public sealed record CaseView(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string CenterNumber,
    [property: Id(2)] string CandidateKey,
    [property: Id(3)] string ProgramCode,
    [property: Id(4)] int NrkLevel,
    [property: Id(5)] ApplicationChannel Channel,
    [property: Id(6)] ApplicationState State,
    [property: Id(7)] int Attempt,
    [property: Id(8)] IReadOnlyList<string> Remarks,
    [property: Id(9)] ExamAppointment? Exam,
    [property: Id(10)] IReadOnlyList<DeadlineView> Deadlines,
    [property: Id(11)] IReadOnlyList<CaseEvent> History,
    [property: Id(12)] string? CertificateSerial,
    [property: Id(13)] int Version,
    [property: Id(14)] IReadOnlyList<AttachedDocument>? Attachments = null,
    [property: Id(15)] string? ExamLanguage = null,
    [property: Id(16)] bool SickLeaveSheetReceived = false,
    [property: Id(17)] CompleteProcedure? Results = null,
    [property: Id(18)] string? AppealGrounds = null,
    [property: Id(19)] int? OfflineProgramVersion = null);
