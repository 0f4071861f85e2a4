using static Platform.Domain.Procedure.ApplicationAction;
using static Platform.Domain.Procedure.ApplicationState;

namespace Platform.Domain.Procedure;

/// <summary>The recognition procedure of SPEC §2 (steps 1-16) as a transition table naming the rule of each step.</summary>
public static class ApplicationProcedure
{
    /// <summary>The state of a newly submitted or registered application.</summary>
    public const ApplicationState Initial = Registered;

    /// <summary>The table.</summary>
    public static TransitionTable<ApplicationState, ApplicationAction> Table { get; } = new(Transitions(), Requirements(), Refusals());

    /// <summary>The new state, or a refusal naming the rule broken (e.g. a certificate before the protocol → "P18: ...").</summary>
    public static TransitionResult<ApplicationState> Apply(ApplicationState state, ApplicationAction action) => Table.Apply(state, action);

    private static IEnumerable<Transition<ApplicationState, ApplicationAction>> Transitions()
    {
        static Transition<ApplicationState, ApplicationAction> T(ApplicationState from, ApplicationAction action, ApplicationState to, string rule) =>
            new(from, action, to, rule);

        return
        [
            T(Registered, ConcludeContract, ContractConcluded, "P5"),
            T(Registered, SendRemarks, RemarksSent, "P5"),
            T(RemarksSent, Resubmit, Resubmitted, "P5"),
            T(RemarksSent, SendMotivatedRefusal, Refused, "P5"),
            T(Resubmitted, ConcludeContract, ContractConcluded, "P5"),
            T(Resubmitted, SendMotivatedRefusal, Refused, "P5"),
            T(ContractConcluded, SendExamNotice, ExamScheduled, "P6"),
            T(ExamScheduled, ReportSickLeave, Rescheduled, "P7"),
            T(ExamScheduled, StartExam, InExam, "P8, P9"),
            T(Rescheduled, SendExamNotice, ExamScheduled, "P7, P11"),
            T(InExam, ReportTechnicalFailure, Rescheduled, "P11"),
            T(InExam, CompleteProcedure, AwaitingProtocol, "P17"),
            T(AwaitingProtocol, SignProtocolPassed, Passed, "P17"),
            T(AwaitingProtocol, SignProtocolNotPassed, NotPassed, "P17"),
            T(Passed, IssueCertificate, CertificateIssued, "P18"),
            T(NotPassed, SendFailureNotice, FailureNotified, "P19"),
            T(FailureNotified, FileAppeal, AppealFiled, "P20"),
            T(FailureNotified, CloseAppealWindow, ResultFinal, "P20"),
            T(AppealFiled, RegisterAppeal, AppealUnderReview, "P21, P21-1"),
            T(AppealUnderReview, UpholdAppeal, AppealUpheld, "P22, P23"),
            T(AppealUnderReview, RejectAppeal, ResultFinal, "P22, P23"),
            T(AppealUnderReview, OrderResit, ContractConcluded, "P23"),
            T(AppealUpheld, IssueCertificate, CertificateIssued, "P23, P18"),
            T(FailureNotified, Retake, ContractConcluded, "P19"),
            T(ResultFinal, Retake, ContractConcluded, "P19"),
            .. new[] { Registered, RemarksSent, Resubmitted, ContractConcluded, ExamScheduled, Rescheduled }
                .Select(from => T(from, Withdraw, Withdrawn, "P3")),
        ];
    }

    private static Dictionary<ApplicationAction, ActionRequirement> Requirements() => new()
    {
        [ConcludeContract] = new("P5", "the contract is concluded on a complete and correct package, after the completeness review"),
        [SendRemarks] = new("P5", "a notice with remarks answers the completeness review of a registered application"),
        [Resubmit] = new("P5", "documents are resubmitted in answer to a notice with remarks"),
        [SendMotivatedRefusal] = new("P5", "a motivated refusal follows a notice with remarks that was not remedied"),
        [Withdraw] = new("P3", "the candidate may withdraw before the exam begins"),
        [SendExamNotice] = new("P6", "the exam notice follows the contract, or a reschedule under P7 or P11"),
        [ReportSickLeave] = new("P7", "temporary incapacity moves a scheduled exam"),
        [StartExam] = new("P9", "the exam starts on the date of the exam notice"),
        [ReportTechnicalFailure] = new("P11", "a technical failure moves an exam in progress to another day"),
        [CompleteProcedure] = new("P17", "only an exam in progress can be completed"),
        [SignProtocolPassed] = new("P17", "the protocol records the decision once the candidate has completed the procedure"),
        [SignProtocolNotPassed] = new("P17", "the protocol records the decision once the candidate has completed the procedure"),
        [IssueCertificate] = new("P18", "the recognition document is issued only after a signed protocol records a pass, or an upheld appeal (P23)"),
        [SendFailureNotice] = new("P19", "the failure notice follows a signed protocol recording that the procedure was not passed"),
        [FileAppeal] = new("P20", "one appeal is filed against a failure, within the window after the results were received"),
        [CloseAppealWindow] = new("P20", "the appeal window closes only while it is open"),
        [RegisterAppeal] = new("P21", "the center registers a filed appeal and passes it to the appeal commission"),
        [UpholdAppeal] = new("P22", "the appeal commission decides an appeal under its review"),
        [RejectAppeal] = new("P22", "the appeal commission decides an appeal under its review"),
        [OrderResit] = new("P23", "a resit is ordered by the appeal commission for technical discrepancies"),
        [Retake] = new("P19", "a retake follows a decision of not passing"),
    };

    private static Dictionary<(ApplicationState, ApplicationAction), ActionRequirement> Refusals()
    {
        var refusals = new Dictionary<(ApplicationState, ApplicationAction), ActionRequirement>
        {
            [(AwaitingProtocol, IssueCertificate)] = new("P18", "the recognition document is issued only after the protocol is signed with a pass"),
            [(InExam, IssueCertificate)] = new("P18", "the recognition document is issued only after the protocol is signed with a pass"),
            [(Registered, SendMotivatedRefusal)] = new("P5", "a motivated refusal follows a notice with remarks; send the remarks first"),
            [(ExamScheduled, SendExamNotice)] = new("P6", "the exam notice was already sent; a new date needs a reschedule under P7 or P11"),
            [(ResultFinal, FileAppeal)] = new("P20", "the appeal window has closed or the appeal was decided; the result is final"),
            [(NotPassed, FileAppeal)] = new("P20", "the appeal window opens when the results are received with the failure notice (P19)"),
        };
        foreach (var state in new[] { Passed, CertificateIssued, AppealUpheld })
        {
            refusals[(state, FileAppeal)] = new("P20", "an appeal is against a decision of not passing; this result is a pass");
        }

        foreach (var state in new[] { AppealFiled, AppealUnderReview })
        {
            refusals[(state, FileAppeal)] = new("P20", "an appeal against this result has already been filed");
        }

        foreach (var state in new[] { NotPassed, FailureNotified, ResultFinal })
        {
            refusals[(state, IssueCertificate)] = new("P18", "the protocol records that the procedure was not passed");
        }

        return refusals;
    }
}
