namespace Platform.Grains.Documents;

/// <summary>The kinds of document the recognition procedure produces (SPEC §4), each kept in the candidate's personal file.</summary>
[GenerateSerializer, Alias("Platform.Grains.Documents.DocumentKind")]
public enum DocumentKind
{
    /// <summary>The application (P4, App.1).</summary>
    ApplicationForm,

    /// <summary>The notice with remarks on an incomplete or incorrect application (P5).</summary>
    RemarksNotice,

    /// <summary>The motivated refusal to conclude the contract, signed by the head of the center (P5).</summary>
    MotivatedRefusal,

    /// <summary>The contract for the recognition service (P5).</summary>
    ServiceContract,

    /// <summary>The notice of the date, time and place of the procedure (P6).</summary>
    ExamNotice,

    /// <summary>The notice of a new date after temporary incapacity (P7) or a technical failure (P11).</summary>
    RescheduleNotice,

    /// <summary>The violation act drawn up by the examination commission (P13, P14).</summary>
    ViolationAct,

    /// <summary>The protocol of the examination commission's decision (P17).</summary>
    CommissionProtocol,

    /// <summary>The recognition document (P18, App.2).</summary>
    Certificate,

    /// <summary>The notice of a "not passed" decision with the right to retake and recommendations (P19).</summary>
    FailureNotice,

    /// <summary>The protocol of the appeal commission (P22).</summary>
    AppealProtocol,
}
