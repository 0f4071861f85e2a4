using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Domain.Proctoring;
using Platform.Grains.Documents;

namespace Platform.Grains.Sittings;

/// <summary>
/// The snapshot of a sitting: written at every transition; answers, detections and warnings after the last one are in
/// the event log (from <see cref="LastSequence"/> on) and replayed on activation.
/// </summary>
[GenerateSerializer, Alias("Platform.Grains.Sittings.ExamSessionState")]
public sealed class ExamSessionState
{
    [Id(0)] public bool Exists { get; set; }

    [Id(1)] public string CaseId { get; set; } = "";

    [Id(2)] public string CenterNumber { get; set; } = "";

    [Id(3)] public string CandidateKey { get; set; } = "";

    [Id(4)] public string ProgramCode { get; set; } = "";

    [Id(5)] public ExamMode Mode { get; set; }

    [Id(6)] public ExamLanguage Language { get; set; }

    [Id(7)] public DateTimeOffset ScheduledStart { get; set; }

    [Id(8)] public SittingState Status { get; set; } = SittingProcedure.Initial;

    [Id(9)] public CheckInRecord CheckIn { get; set; } = new(null, null, null, null, null, null);

    [Id(10)] public int TheoryTimeLimitMinutes { get; set; }

    [Id(11)] public int ExtraTimeMinutes { get; set; }

    [Id(12)] public DateTimeOffset? TheoryOpenedAt { get; set; }

    [Id(13)] public long TicketSeed { get; set; }

    /// <summary>
    /// The drawn ticket with its texts, as sittings kept it before issue 16; still read from the states that have it. A
    /// sitting now keeps <see cref="TicketQuestionIds"/> instead and reads the texts from <see cref="ProgramVersion"/>.
    /// </summary>
    [Id(14)] public List<DrawnQuestion> Ticket { get; set; } = [];

    [Id(15)] public Dictionary<string, SavedAnswer> Answers { get; set; } = [];

    [Id(16)] public SittingScores? Scores { get; set; }

    [Id(17)] public string PracticalTaskTitle { get; set; } = "";

    [Id(18)] public List<MapStepState> Map { get; set; } = [];

    [Id(19)] public Dictionary<string, StepMarkState> Marks { get; set; } = [];

    [Id(20)] public List<ProhibitedItem> AllowedItems { get; set; } = [];

    [Id(21)] public List<PolicyInput> PolicyInputs { get; set; } = [];

    [Id(22)] public List<SittingWarning> Warnings { get; set; } = [];

    [Id(23)] public List<SuspiciousEvent> Suspicious { get; set; } = [];

    [Id(24)] public TelemetrySummary Telemetry { get; set; } = new(0, null, 0, null, null);

    [Id(25)] public ViolationAct? ViolationAct { get; set; }

    /// <summary>P14: the signed act, until it is filed in the personal file.</summary>
    [Id(26)] public IssuedDocument? SignedAct { get; set; }

    [Id(27)] public bool ActFiled { get; set; }

    [Id(28)] public List<CaseCall> PendingCaseCalls { get; set; } = [];

    [Id(29)] public string? CaseRefusal { get; set; }

    /// <summary>The ids of the latest commands applied, so a retried command changes nothing.</summary>
    [Id(30)] public List<Guid> AppliedCommands { get; set; } = [];

    /// <summary>Who sent each of <see cref="AppliedCommands"/> (the actor's subject): a repeat is answered to them alone.</summary>
    [Id(38)] public Dictionary<Guid, string> AppliedBy { get; set; } = [];

    /// <summary>The last record of the event log this snapshot includes, and its hash (the head of the chain).</summary>
    [Id(31)] public long LastSequence { get; set; }

    [Id(32)] public string LastHash { get; set; } = SittingChain.Genesis;

    [Id(33)] public int Version { get; set; }

    [Id(34)] public DateTimeOffset? EndedAt { get; set; }

    /// <summary>The profession of the program, as the violation act prints it (P14).</summary>
    [Id(35)] public BilingualText Profession { get; set; } = new("", "");

    /// <summary>The ids of the proctoring events logged, so a repeated event is ignored.</summary>
    [Id(36)] public HashSet<Guid> SeenEvents { get; set; } = [];

    /// <summary>The stage the sitting was in when it was terminated or the candidate removed ("theory", "practical").</summary>
    [Id(37)] public string? EndedInStage { get; set; }

    /// <summary>
    /// The version of the program the sitting was opened under: its ticket and map come from that version, whatever is
    /// loaded after. Null in a sitting opened before versions were kept, which reads the version current at the time.
    /// </summary>
    [Id(39)] public int? ProgramVersion { get; set; }

    /// <summary>
    /// The bank ids of the drawn ticket's questions, in ticket order: with <see cref="TicketSeed"/> (the options' order)
    /// and <see cref="ProgramVersion"/> (the texts and the answer key) they name the ticket, which is read from that
    /// version when the sitting needs it (<see cref="SittingTicket"/>). Empty before the theory opens, and in a state
    /// that kept the texts in <see cref="Ticket"/>.
    /// </summary>
    [Id(40)] public List<string> TicketQuestionIds { get; set; } = [];

    /// <summary>Issue 17: theory time given back for the platform's outages, in seconds (the deadline moves by them).</summary>
    [Id(41)] public int OutageCreditedSeconds { get; set; }

    /// <summary>The stretches of time <see cref="OutageCreditedSeconds"/> covers, merged: the same time is never credited twice.</summary>
    [Id(42)] public List<CreditedStretch> CreditedOutages { get; set; } = [];
}
