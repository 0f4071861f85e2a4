namespace Platform.Domain.Procedure;

/// <summary>Where a recognition case (application) stands in the procedure of SPEC §2.</summary>
public enum ApplicationState
{
    /// <summary>Step 1-2 (P4, P5): submitted through the platform or registered by staff; under completeness review.</summary>
    Registered,

    /// <summary>Step 3 (P5): a notice with remarks was sent; the candidate's window is open.</summary>
    RemarksSent,

    /// <summary>Step 3 (P5): the candidate resubmitted; under review again.</summary>
    Resubmitted,

    /// <summary>P5: a motivated refusal was sent. Final (a complaint goes under the Administrative Procedural Code).</summary>
    Refused,

    /// <summary>Step 4 (P5): the contract was concluded; the exam notice is due (P6).</summary>
    ContractConcluded,

    /// <summary>Step 5 (P6): the exam notice with date, time and place was sent.</summary>
    ExamScheduled,

    /// <summary>Steps 6 (P7) and P11: the exam is to be moved; a new notice is due.</summary>
    Rescheduled,

    /// <summary>Steps 7-9 (P8, P9): the candidate is sitting the exam.</summary>
    InExam,

    /// <summary>Step 10 (P17): the procedure is completed; the protocol is due.</summary>
    AwaitingProtocol,

    /// <summary>Step 11a (P17, P18): the protocol records a pass; the document is due.</summary>
    Passed,

    /// <summary>Step 11b (P17, P19): the protocol records a failure; the failure notice is due.</summary>
    NotPassed,

    /// <summary>Step 11a (P18): the recognition document was issued. Final.</summary>
    CertificateIssued,

    /// <summary>Step 11b-12 (P19, P20): the failure notice was delivered; the appeal window is open.</summary>
    FailureNotified,

    /// <summary>Step 12 (P20): the candidate filed an appeal.</summary>
    AppealFiled,

    /// <summary>Steps 13-14 (P21, P21-1, P22): the appeal commission is reviewing.</summary>
    AppealUnderReview,

    /// <summary>Step 15 (P23): the appeal was upheld; the document is due as in P18.</summary>
    AppealUpheld,

    /// <summary>P20, P23: the appeal window closed or the appeal was rejected; the result stands. Final.</summary>
    ResultFinal,

    /// <summary>P3: the candidate withdrew (recognition is voluntary). Final.</summary>
    Withdrawn,
}
