namespace Platform.Domain.Procedure;

/// <summary>What can happen during a sitting.</summary>
public enum SittingAction
{
    /// <summary>P8: identification and acquaintance done; the candidate is checked in.</summary>
    CheckIn,

    /// <summary>P9: the theory stage opens.</summary>
    OpenTheory,

    /// <summary>P9: the theory answers are submitted (or the time ran out).</summary>
    SubmitTheory,

    /// <summary>P15: more than 70% correct; the practical stage opens.</summary>
    AdmitToPractical,

    /// <summary>P15: 70% or less; not admitted.</summary>
    RefuseAdmission,

    /// <summary>P16, P17: the practical task is done; the procedure is completed.</summary>
    CompletePractical,

    /// <summary>P13: online, a second violation terminates the procedure.</summary>
    Terminate,

    /// <summary>P13: offline, a second violation removes the candidate.</summary>
    Remove,

    /// <summary>P11: online, a technical failure.</summary>
    ReportTechnicalFailure,

    /// <summary>P7: cancelled for temporary incapacity before it began.</summary>
    Cancel,

    /// <summary>P6, P17: the exam day ended with the sitting still open; it closes itself as unfinished.</summary>
    CloseAtDayEnd,
}
