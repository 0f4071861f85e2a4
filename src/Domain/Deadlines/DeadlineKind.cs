namespace Platform.Domain.Deadlines;

/// <summary>Every statutory deadline of the procedure (SPEC §2); the table is <see cref="StatutoryDeadlines"/>.</summary>
public enum DeadlineKind
{
    /// <summary>P5: the center reviews the completeness of the documents.</summary>
    CompletenessReview,

    /// <summary>P5: the candidate fixes the remarks and resubmits.</summary>
    RemarksFixWindow,

    /// <summary>P5: the center sends a motivated refusal signed by the head.</summary>
    MotivatedRefusal,

    /// <summary>P5: the center reviews a resubmission.</summary>
    ResubmissionReview,

    /// <summary>P6: the center sends the exam notice (date, time, place).</summary>
    ExamNotice,

    /// <summary>P17: the commission's decision is drawn up in a protocol.</summary>
    Protocol,

    /// <summary>P18: the center issues the recognition document and records the result on the NSK platform.</summary>
    DocumentIssue,

    /// <summary>P19: the center sends the failure notice with recommendations.</summary>
    FailureNotice,

    /// <summary>P20: the candidate may file an appeal.</summary>
    AppealWindow,

    /// <summary>P22: the appeal commission decides.</summary>
    AppealDecision,

    /// <summary>P23 with P18: after an upheld appeal the center issues the document.</summary>
    AppealUpheldDocumentIssue,

    /// <summary>P22: the appeal protocol is kept by the center.</summary>
    AppealProtocolRetention,
}
