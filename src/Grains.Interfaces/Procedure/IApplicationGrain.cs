using Orleans.Concurrency;

namespace Platform.Grains.Procedure;

/// <summary>
/// A recognition case (SPEC §2, steps 1-16): the application and everything that follows from it, with its statutory
/// deadlines kept due in PostgreSQL and woken by a sweep (<see cref="Wake"/>). Key: <c>case-&lt;guid&gt;</c>. Every action answers a <see cref="CaseResult"/>;
/// an action out of order is refused with the rule it breaks and changes nothing; an action repeated with the same
/// command id answers the current case and changes nothing.
/// </summary>
[Alias("Platform.Grains.Procedure.IApplicationGrain")]
public interface IApplicationGrain : IGrainWithStringKey
{
    /// <summary>Step 1 (P4): registers the application and starts the completeness review clock (P5, 3 wd).</summary>
    [Alias("Submit")]
    Task<CaseResult> Submit(SubmitApplication command);

    /// <summary>Step 2 (P5): incomplete → the notice with remarks; starts the candidate's 3-wd window.</summary>
    [Alias("SendRemarks")]
    Task<CaseResult> SendRemarks(SendRemarks command);

    /// <summary>Step 3 (P5): the candidate's resubmission; starts the 3-wd review of it.</summary>
    [Alias("Resubmit")]
    Task<CaseResult> Resubmit(Resubmit command);

    /// <summary>Step 3 (P5): the head signs the motivated refusal drafted from the unresolved remarks.</summary>
    [Alias("SignMotivatedRefusal")]
    Task<CaseResult> SignMotivatedRefusal(CaseCommand command);

    /// <summary>Step 4 (P5): the contract on a complete package; starts the exam-notice clock (P6, 5 wd).</summary>
    [Alias("ConcludeContract")]
    Task<CaseResult> ConcludeContract(CaseCommand command);

    /// <summary>Step 5 (P6) or a reschedule (P7, P11): the exam notice; the date must lie in the P6 window unless rescheduled.</summary>
    [Alias("ScheduleExam")]
    Task<CaseResult> ScheduleExam(ScheduleExam command);

    /// <summary>Step 6 (P7): the candidate reports temporary incapacity; the center then assigns a new date.</summary>
    [Alias("ReportSickLeave")]
    Task<CaseResult> ReportSickLeave(CaseCommand command);

    /// <summary>Step 7 (P8, P9): the sitting opened (online, after the sitting's check-in recorded P8).</summary>
    [Alias("StartExam")]
    Task<CaseResult> StartExam(CaseCommand command);

    /// <summary>Step 7 offline (P8, P9): the commission opens the exam with the candidate's acknowledgements and the safety briefing.</summary>
    [Alias("StartOfflineExam")]
    Task<CaseResult> StartOfflineExam(StartOfflineExam command);

    /// <summary>Step 1 (P9): the candidate changes the exam language, until the exam notice is sent.</summary>
    [Alias("ChooseExamLanguage")]
    Task<CaseResult> ChooseExamLanguage(ChooseExamLanguage command);

    /// <summary>Step 6 (P7): the candidate hands in the copy of the sick-leave sheet after reporting incapacity.</summary>
    [Alias("HandInSickLeaveSheet")]
    Task<CaseResult> HandInSickLeaveSheet(HandInSickLeaveSheet command);

    /// <summary>Step 6 (P7): the center records the copy of the sick-leave sheet received; only then may it reschedule.</summary>
    [Alias("RecordSickLeaveSheetReceived")]
    Task<CaseResult> RecordSickLeaveSheetReceived(CaseCommand command);

    /// <summary>
    /// P21-1: who decided the case (its center, the examination commission that signed the protocol and the signers);
    /// null when there is no such case. Interleaves: a commission being formed asks it while the case may be asking the
    /// commission (registering an appeal), and a plain read of the state is safe to interleave.
    /// </summary>
    [Alias("Examiners"), AlwaysInterleave]
    Task<CaseExaminers?> Examiners();

    /// <summary>P11: a technical failure of an online sitting; not a failure of the candidate.</summary>
    [Alias("ReportTechnicalFailure")]
    Task<CaseResult> ReportTechnicalFailure(CaseCommand command);

    /// <summary>Steps 8-9 (P15-P17): the candidate completed the procedure; starts the protocol clock (P17, 2 wd).</summary>
    [Alias("CompleteProcedure")]
    Task<CaseResult> CompleteProcedure(CompleteProcedure command);

    /// <summary>
    /// P13 offline, P14: the commission's violation act on an offline exam in progress — an oral warning for a first
    /// violation, a removal for one after it — signed by its present members and filed in the personal file.
    /// </summary>
    [Alias("DrawUpViolationAct")]
    Task<CaseResult> DrawUpViolationAct(DrawUpViolationAct command);

    /// <summary>Step 10 (P17): the signed protocol; starts the P18 or P19 clock (3 wd).</summary>
    [Alias("RecordProtocol")]
    Task<CaseResult> RecordProtocol(ProtocolDecision decision);

    /// <summary>Step 11a (P18, App.2): the head issues the recognition document; the serial comes from the center's sequence.</summary>
    [Alias("IssueCertificate")]
    Task<CaseResult> IssueCertificate(CaseCommand command);

    /// <summary>Step 11b (P19): the failure notice with recommendations and the right to retake.</summary>
    [Alias("SendFailureNotice")]
    Task<CaseResult> SendFailureNotice(SendFailureNotice command);

    /// <summary>Step 12 (P20): the day the results were received; opens the 5-wd appeal window.</summary>
    [Alias("RecordResultsReceived")]
    Task<CaseResult> RecordResultsReceived(RecordResultsReceived command);

    /// <summary>Step 12 (P20): the candidate's appeal, once, within the window; starts the P22 clock (5 wd).</summary>
    [Alias("FileAppeal")]
    Task<CaseResult> FileAppeal(FileAppeal command);

    /// <summary>Step 13 (P21, P21-1): the appeal passed to an appeal commission.</summary>
    [Alias("RegisterAppeal")]
    Task<CaseResult> RegisterAppeal(RegisterAppeal command);

    /// <summary>Steps 14-15 (P22, P23): the appeal commission's decision.</summary>
    [Alias("DecideAppeal")]
    Task<CaseResult> DecideAppeal(DecideAppeal command);

    /// <summary>P19: after a final failure, a new attempt at both stages that reuses the documents of the case.</summary>
    [Alias("Retake")]
    Task<CaseResult> Retake(CaseCommand command);

    /// <summary>
    /// Step 16 (P22): on the head's decision, destroys the appeal protocol once its 3 years of retention have passed.
    /// </summary>
    [Alias("DestroyAppealProtocol")]
    Task<CaseResult> DestroyAppealProtocol(CaseCommand command);

    /// <summary>P3: the candidate withdraws (voluntary procedure) before the exam.</summary>
    [Alias("Withdraw")]
    Task<CaseResult> Withdraw(CaseCommand command);

    /// <summary>The case as it stands.</summary>
    [Alias("Get")]
    Task<CaseView?> Get();

    /// <summary>
    /// Issue 16, the cases' sweep only: the instant of the deadline <paramref name="kind"/> (its name) passed with
    /// nobody acting. Decides nothing a command would not: brings the running deadlines up to now (SPEC §2) and arms
    /// the next instants. Throws when that could not be committed, so the deadline stays due for the next sweep.
    /// </summary>
    [Alias("Wake")]
    Task Wake(string kind);
}
