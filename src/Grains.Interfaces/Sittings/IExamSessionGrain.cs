namespace Platform.Grains.Sittings;

/// <summary>
/// One sitting of a recognition case (SPEC §5): check-in (P8, P2.8), the theory stage with a server-side time limit
/// (P9, P15), the practical stage against the technological map (P16, P17), the violation policy (P12-P14) fed by the
/// proctoring stream (P2.8), technical failure (P11). Key: <see cref="SittingKeys.For"/>.
/// <para>
/// Every event that matters (answers, detections, confirmations, warnings, terminations) is written to the sitting's
/// hash-chained event log in PostgreSQL before the call returns. An action out of order is refused with the rule it
/// breaks and changes nothing; an action repeated with the same command id answers the sitting unchanged.
/// </para>
/// </summary>
[Alias("Platform.Grains.Sittings.IExamSessionGrain")]
public interface IExamSessionGrain : IGrainWithStringKey
{
    /// <summary>P6, P8: the center opens the sitting of a case on the exam day; the program must offer the mode (P9).</summary>
    [Alias("Open")]
    Task<SittingResult> Open(OpenSitting command);

    /// <summary>P8: the acknowledgements (and offline the safety briefing with its journal entry); the sitting is checked in.</summary>
    [Alias("CheckIn")]
    Task<SittingResult> CheckIn(CheckIn command);

    /// <summary>P2.8, online: the candidate's identity was verified (also reported by the proctoring stream).</summary>
    [Alias("VerifyIdentity")]
    Task<SittingResult> VerifyIdentity(SittingCommand command);

    /// <summary>P2.8, online: the 360° room scan was completed (also reported by the proctoring stream).</summary>
    [Alias("CompleteRoomScan")]
    Task<SittingResult> CompleteRoomScan(SittingCommand command);

    /// <summary>
    /// P9: opens the theory stage: refused before check-in (P8) and, online, before identity and room scan (P2.8);
    /// the case is told the exam started; a ticket is drawn in the chosen language and the clock starts.
    /// </summary>
    [Alias("OpenTheory")]
    Task<SittingResult> OpenTheory(SittingCommand command);

    /// <summary>
    /// Issue 16: the sweep wakes a sitting whose wake-up is due (its theory's time limit, P9, or its exam day's end, P6,
    /// passed with nobody calling it); the sitting enforces both as any call does. Harmless when nothing is due.
    /// </summary>
    [Alias("Wake")]
    Task Wake();

    /// <summary>P9, P15: the candidate's view of the ticket (no answer key), the saved answers and the time left; for reconnects.</summary>
    [Alias("Resume")]
    Task<TheorySheet?> Resume();

    /// <summary>P9: saves one answer durably; an older or repeated sequence is ignored; refused after submission or expiry.</summary>
    [Alias("SaveAnswer")]
    Task<AnswerReceipt> SaveAnswer(SaveAnswer answer);

    /// <summary>P10, P11: extra time granted by the commission while the theory stage is open.</summary>
    [Alias("GrantExtraTime")]
    Task<SittingResult> GrantExtraTime(GrantExtraTime command);

    /// <summary>
    /// Issue 17, P11's spirit: the platform gives back to the candidate the theory time an outage of the platform took
    /// (<see cref="Platform.Domain.Exams.OutageCredit"/>): the deadline moves by the seconds credited, recorded as
    /// <c>OutageCredited</c> (by the platform, P11). Only while the theory is open (the time limit is enforced first, as
    /// on every call); a window or a part of one already credited counts once; at most 30 minutes in all, beyond which the
    /// commission decides. Called only by the frontend's fault path, never from a request: a client cannot claim an outage.
    /// The answer's refusal says why nothing was credited; an answer without one may still credit nothing new.
    /// </summary>
    [Alias("CreditOutage")]
    Task<SittingResult> CreditOutage(CreditOutage window);

    /// <summary>P9, P15: the candidate submits (the time limit submits by itself); the score decides admission.</summary>
    [Alias("SubmitTheory")]
    Task<SittingResult> SubmitTheory(SittingCommand command);

    /// <summary>P16: a commission member marks a step of the technological map.</summary>
    [Alias("MarkStep")]
    Task<SittingResult> MarkStep(MarkStep command);

    /// <summary>P16, P17: the practical stage ends; the sitting completes and the case receives the results.</summary>
    [Alias("CompletePractical")]
    Task<SittingResult> CompletePractical(SittingCommand command);

    /// <summary>P11, online: a technical failure suspends the sitting; the center reschedules the case.</summary>
    [Alias("ReportTechnicalFailure")]
    Task<SittingResult> ReportTechnicalFailure(SittingCommand command);

    /// <summary>P2.8, P12, P13: proctoring events; duplicates and disorder are harmless; the violation policy runs here.</summary>
    [Alias("Ingest")]
    Task<IngestReceipt> Ingest(IReadOnlyList<ProctoringEvent> events);

    /// <summary>
    /// P13: the candidate's client (or the commission, orally offline) delivered the pending warning now. The sitting
    /// stamps the delivery with its own clock (the procedure's), never the caller's: a second violation is judged
    /// against it, and two clocks apart would never see one after the other.
    /// </summary>
    [Alias("AcknowledgeWarningDelivered")]
    Task<SittingResult> AcknowledgeWarningDelivered();

    /// <summary>SPEC §5: a proctor or commission member confirms a suspicious event as a violation.</summary>
    [Alias("ConfirmViolation")]
    Task<SittingResult> ConfirmViolation(ConfirmViolation command);

    /// <summary>P14: the commission signs the drafted violation act; it is filed in the candidate's personal file.</summary>
    [Alias("SignViolationAct")]
    Task<SittingResult> SignViolationAct(SignViolationAct command);

    /// <summary>The sitting as it stands, or null when it was never opened.</summary>
    [Alias("Get")]
    Task<SittingView?> Get();

    /// <summary>P20-P22: the event log from PostgreSQL with the verification of its hash chain, for the appeal commission.</summary>
    [Alias("ExportEventLog")]
    Task<SittingLogExport> ExportEventLog();

    /// <summary>
    /// Subscribes (or renews) an observer of the sitting's live news. An observer the sitting did not hold (new, or lost
    /// when the sitting moved to another silo) is told at once what it may have missed: the state, then the end or the
    /// warning not yet delivered (issue 17).
    /// </summary>
    [Alias("Subscribe")]
    Task Subscribe(ISittingObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(ISittingObserver observer);
}
