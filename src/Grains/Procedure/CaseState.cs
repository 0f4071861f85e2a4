using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Grains.Certificates;
using Platform.Grains.Documents;

namespace Platform.Grains.Procedure;

[GenerateSerializer, Alias("Platform.Grains.Procedure.CaseState")]
public sealed class CaseState
{
    [Id(0)] public bool Exists { get; set; }

    [Id(1)] public string CenterNumber { get; set; } = "";

    [Id(2)] public string CandidateKey { get; set; } = "";

    [Id(3)] public string ProgramCode { get; set; } = "";

    [Id(4)] public int NrkLevel { get; set; }

    [Id(5)] public ApplicationChannel Channel { get; set; }

    [Id(6)] public ApplicationState Status { get; set; } = ApplicationProcedure.Initial;

    [Id(7)] public int Attempt { get; set; } = 1;

    [Id(8)] public List<AttachedDocument> Attachments { get; set; } = [];

    [Id(9)] public List<string> Remarks { get; set; } = [];

    /// <summary>P5: the window to fix the remarks closed unremedied; the refusal waits for the head's signature.</summary>
    [Id(10)] public bool RefusalDrafted { get; set; }

    [Id(11)] public ExamAppointment? Exam { get; set; }

    /// <summary>P7 or P11: why the next exam notice is a reschedule.</summary>
    [Id(12)] public RescheduleReason? PendingReschedule { get; set; }

    [Id(13)] public CompleteProcedure? Results { get; set; }

    [Id(14)] public ProtocolDecision? Protocol { get; set; }

    [Id(15)] public string? CertificateSerial { get; set; }

    [Id(16)] public string? AppealCommissionId { get; set; }

    [Id(17)] public DecideAppeal? AppealDecision { get; set; }

    [Id(18)] public Dictionary<DeadlineKind, TrackedDeadline> Deadlines { get; set; } = [];

    [Id(19)] public List<CaseEvent> History { get; set; } = [];

    /// <summary>The ids of the latest commands applied, so a retried command changes nothing.</summary>
    [Id(20)] public List<Guid> AppliedCommands { get; set; } = [];

    /// <summary>Who sent each of <see cref="AppliedCommands"/> (the actor's subject): a repeat is answered to them alone.</summary>
    [Id(31)] public Dictionary<Guid, string> AppliedBy { get; set; } = [];

    [Id(21)] public int Version { get; set; }

    /// <summary>P22: the appeal protocol's retention ended; staff may decide to destroy it.</summary>
    [Id(22)] public bool AppealProtocolMayBeDestroyed { get; set; }

    [Id(23)] public string? AppealGrounds { get; set; }

    /// <summary>Documents written with the step that produced them and not yet filed in the personal file.</summary>
    [Id(24)] public List<IssuedDocument> PendingDocuments { get; set; } = [];

    /// <summary>P18, P18.2: the certificate issued and not yet in the public registry (nor in the NSK outbox); cleared once it is.</summary>
    [Id(30)] public CertificateRecord? CertificateToRegister { get; set; }

    /// <summary>P9: the exam language the candidate chose, "kk" or "ru"; the exam notice carries it.</summary>
    [Id(32)] public string ExamLanguage { get; set; } = "";

    /// <summary>P7: the copy of the sick-leave sheet the candidate handed in for the pending reschedule.</summary>
    [Id(33)] public AttachedDocument? SickLeaveSheet { get; set; }

    /// <summary>P7: the center received the copy; only then does it assign another date.</summary>
    [Id(34)] public bool SickLeaveSheetReceived { get; set; }

    /// <summary>P8 offline: the acknowledgements and the safety briefing's journal entry recorded when the exam was opened.</summary>
    [Id(35)] public StartOfflineExam? OfflineStart { get; set; }

    /// <summary>P13 offline: when the commission orally warned the candidate of a first violation (its act drawn up, P14).</summary>
    [Id(36)] public DateTimeOffset? OfflineWarnedAt { get; set; }

    /// <summary>SPEC §5: the program version the offline exam of this attempt opened under (its maps are that version's).</summary>
    [Id(37)] public int? OfflineProgramVersion { get; set; }
}
