namespace Platform.Frontend.Site.Me.Exam;

/// <summary>Where the candidate's exam stands, as the exam page shows it.</summary>
public enum ExamStage
{
    /// <summary>The case has no exam notice (P6).</summary>
    NotScheduled,

    /// <summary>P6, P8: the notice is sent, but the center has not opened the sitting (it does so on the exam day).</summary>
    NotOpened,

    /// <summary>P8: the sitting is open; the candidate checks in (online: the device check first).</summary>
    CheckIn,

    /// <summary>P8, P2.8: checked in; the proctoring verifies identity and the room; the theory opens soon (P9).</summary>
    Waiting,

    /// <summary>P9: the theory stage is running.</summary>
    Theory,

    /// <summary>P15, P16, P17: the theory is in; the result as far as it is known.</summary>
    Result,

    /// <summary>P13: terminated (online) or removed (offline) after a second violation.</summary>
    Ended,

    /// <summary>P11: a technical failure; the center moves the exam to another day.</summary>
    TechnicalFailure,

    /// <summary>P7: cancelled for temporary incapacity; a new sitting is scheduled.</summary>
    Cancelled,
}
