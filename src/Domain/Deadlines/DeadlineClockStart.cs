namespace Platform.Domain.Deadlines;

/// <summary>The event whose day starts a deadline's clock (the day itself is not counted).</summary>
public enum DeadlineClockStart
{
    /// <summary>The application was registered.</summary>
    ApplicationRegistered,

    /// <summary>The notice with remarks was sent.</summary>
    RemarksNoticeSent,

    /// <summary>The candidate resubmitted the documents.</summary>
    DocumentsResubmitted,

    /// <summary>The contract was concluded.</summary>
    ContractConcluded,

    /// <summary>The candidate completed the recognition procedure (the sitting ended).</summary>
    ProcedureCompleted,

    /// <summary>The commission's protocol was signed.</summary>
    ProtocolSigned,

    /// <summary>The candidate received the results.</summary>
    ResultsReceived,

    /// <summary>The center received the appeal.</summary>
    AppealReceived,

    /// <summary>The appeal commission's protocol was signed.</summary>
    AppealProtocolSigned,
}
