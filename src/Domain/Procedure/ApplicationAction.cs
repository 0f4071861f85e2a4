namespace Platform.Domain.Procedure;

/// <summary>What can happen to a recognition case.</summary>
public enum ApplicationAction
{
    /// <summary>P5: the package is complete and correct; the contract is concluded.</summary>
    ConcludeContract,

    /// <summary>P5: the package is incomplete, incorrect or unreliable; a notice with remarks is sent.</summary>
    SendRemarks,

    /// <summary>P5: the candidate resubmits the documents.</summary>
    Resubmit,

    /// <summary>P5: the motivated refusal signed by the head is sent.</summary>
    SendMotivatedRefusal,

    /// <summary>P3: the candidate withdraws before the exam.</summary>
    Withdraw,

    /// <summary>P6 (or P7/P11 after a reschedule): the exam notice with date, time and place is sent.</summary>
    SendExamNotice,

    /// <summary>P7: the candidate reports temporary incapacity (sick-leave sheet).</summary>
    ReportSickLeave,

    /// <summary>P8, P9: the sitting begins.</summary>
    StartExam,

    /// <summary>P11: a technical failure during an online sitting; it moves to another day.</summary>
    ReportTechnicalFailure,

    /// <summary>P13, P15, P17: the candidate completed the procedure (including a theory fail, termination or removal).</summary>
    CompleteProcedure,

    /// <summary>P17: the commission signs a protocol recording a pass.</summary>
    SignProtocolPassed,

    /// <summary>P17: the commission signs a protocol recording a failure.</summary>
    SignProtocolNotPassed,

    /// <summary>P18 (or P23): the recognition document is issued.</summary>
    IssueCertificate,

    /// <summary>P19: the failure notice with the right to retake and recommendations is delivered.</summary>
    SendFailureNotice,

    /// <summary>P20: the candidate files an appeal.</summary>
    FileAppeal,

    /// <summary>P20: the appeal window closed without an appeal.</summary>
    CloseAppealWindow,

    /// <summary>P21, P21-1: the center registers the appeal and passes it to a separate appeal commission.</summary>
    RegisterAppeal,

    /// <summary>P22, P23: the appeal commission upholds the appeal.</summary>
    UpholdAppeal,

    /// <summary>P22, P23: the appeal commission rejects the appeal.</summary>
    RejectAppeal,

    /// <summary>P23: technical discrepancies not caused by the candidate; the candidate sits again from P6.</summary>
    OrderResit,

    /// <summary>P19: after a final failure the candidate retakes the theory and practical stages as a new attempt.</summary>
    Retake,
}
