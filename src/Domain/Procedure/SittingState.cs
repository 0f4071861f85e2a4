namespace Platform.Domain.Procedure;

/// <summary>Where one sitting (exam session) of a candidate stands.</summary>
public enum SittingState
{
    /// <summary>P6: date, time and place are set.</summary>
    Scheduled,

    /// <summary>P8: the candidate arrived or connected, was identified and acquainted with the methodology, complaint and appeal procedures (and, offline, briefed).</summary>
    CheckedIn,

    /// <summary>P9: the theory stage is running.</summary>
    TheoryOpen,

    /// <summary>P9, P15: the theory answers are in; the score decides admission.</summary>
    TheorySubmitted,

    /// <summary>P15: not admitted to the practical stage (70% or less). Final.</summary>
    NotAdmitted,

    /// <summary>P16: the practical stage is running.</summary>
    PracticalOpen,

    /// <summary>P17: the candidate completed the procedure; the commission decides. Final.</summary>
    Completed,

    /// <summary>P13: online, a second violation after a delivered warning ended the procedure automatically. Final.</summary>
    Terminated,

    /// <summary>P13: offline, the commission removed the candidate after a second violation. Final.</summary>
    Removed,

    /// <summary>P11: an online sitting failed technically; the center moves it to another day. Final for this sitting.</summary>
    TechnicalFailure,

    /// <summary>P7: cancelled before it began because of temporary incapacity; a new sitting is scheduled. Final.</summary>
    Cancelled,

    /// <summary>
    /// P6, P17: the exam day ended (Almaty time) before the sitting did: the candidate did not appear, or left a stage
    /// unfinished (an abandoned connection); the case goes on with what was done, which cannot be a pass. Final.
    /// </summary>
    Unfinished,
}
