using Platform.Domain.Rules;
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

    /// <summary>The new state, or a refusal naming the rule broken (e.g. a certificate before the protocol is refused under P18).</summary>
    public static TransitionResult<ApplicationState> Apply(ApplicationState state, ApplicationAction action) => Table.Apply(state, action);

    private static IEnumerable<Transition<ApplicationState, ApplicationAction>> Transitions()
    {
        static Transition<ApplicationState, ApplicationAction> T(ApplicationState from, ApplicationAction action, ApplicationState to, Rule rule) =>
            new(from, action, to, rule);

        return
        [
            T(Registered, ConcludeContract, ContractConcluded, Rule.P5),
            T(Registered, SendRemarks, RemarksSent, Rule.P5),
            T(RemarksSent, Resubmit, Resubmitted, Rule.P5),
            T(RemarksSent, SendMotivatedRefusal, Refused, Rule.P5),
            T(Resubmitted, ConcludeContract, ContractConcluded, Rule.P5),
            T(Resubmitted, SendMotivatedRefusal, Refused, Rule.P5),
            T(ContractConcluded, SendExamNotice, ExamScheduled, Rule.P6),
            T(ExamScheduled, ReportSickLeave, Rescheduled, Rule.P7),
            T(AwaitingProtocol, ReportSickLeave, Rescheduled, Rule.P7),
            T(ExamScheduled, StartExam, InExam, Rule.P8.And(Rule.P9)),
            T(Rescheduled, SendExamNotice, ExamScheduled, Rule.P7.And(Rule.P11)),
            T(InExam, ReportTechnicalFailure, Rescheduled, Rule.P11),
            T(InExam, CompleteProcedure, AwaitingProtocol, Rule.P17),
            T(AwaitingProtocol, SignProtocolPassed, Passed, Rule.P17),
            T(AwaitingProtocol, SignProtocolNotPassed, NotPassed, Rule.P17),
            T(Passed, IssueCertificate, CertificateIssued, Rule.P18),
            T(NotPassed, SendFailureNotice, FailureNotified, Rule.P19),
            T(FailureNotified, FileAppeal, AppealFiled, Rule.P20),
            T(FailureNotified, CloseAppealWindow, ResultFinal, Rule.P20),
            T(AppealFiled, RegisterAppeal, AppealUnderReview, Rule.P21.And(Rule.P21_1)),
            T(AppealUnderReview, UpholdAppeal, AppealUpheld, Rule.P22.And(Rule.P23)),
            T(AppealUnderReview, RejectAppeal, ResultFinal, Rule.P22.And(Rule.P23)),
            T(AppealUnderReview, OrderResit, ContractConcluded, Rule.P23),
            T(AppealUpheld, IssueCertificate, CertificateIssued, Rule.P23.And(Rule.P18)),
            T(FailureNotified, Retake, ContractConcluded, Rule.P19),
            T(ResultFinal, Retake, ContractConcluded, Rule.P19),
            .. new[] { Registered, RemarksSent, Resubmitted, ContractConcluded, ExamScheduled, Rescheduled }
                .Select(from => T(from, Withdraw, Withdrawn, Rule.P3)),
        ];
    }

    private static Dictionary<ApplicationAction, Refusal> Requirements() => new()
    {
        [ConcludeContract] = Refusal.Of(Rule.P5, "ConcludeContractRequires"),
        [SendRemarks] = Refusal.Of(Rule.P5, "SendRemarksRequires"),
        [Resubmit] = Refusal.Of(Rule.P5, "ResubmitRequires"),
        [SendMotivatedRefusal] = Refusal.Of(Rule.P5, "SendMotivatedRefusalRequires"),
        [Withdraw] = Refusal.Of(Rule.P3, "WithdrawRequires"),
        [SendExamNotice] = Refusal.Of(Rule.P6, "SendExamNoticeRequires"),
        [ReportSickLeave] = Refusal.Of(Rule.P7, "ReportSickLeaveRequires"),
        [StartExam] = Refusal.Of(Rule.P9, "StartExamRequires"),
        [ReportTechnicalFailure] = Refusal.Of(Rule.P11, "ReportTechnicalFailureRequires"),
        [CompleteProcedure] = Refusal.Of(Rule.P17, "CompleteProcedureRequires"),
        [SignProtocolPassed] = Refusal.Of(Rule.P17, "SignProtocolRequires"),
        [SignProtocolNotPassed] = Refusal.Of(Rule.P17, "SignProtocolRequires"),
        [IssueCertificate] = Refusal.Of(Rule.P18, "IssueCertificateRequires"),
        [SendFailureNotice] = Refusal.Of(Rule.P19, "SendFailureNoticeRequires"),
        [FileAppeal] = Refusal.Of(Rule.P20, "FileAppealRequires"),
        [CloseAppealWindow] = Refusal.Of(Rule.P20, "CloseAppealWindowRequires"),
        [RegisterAppeal] = Refusal.Of(Rule.P21, "RegisterAppealRequires"),
        [UpholdAppeal] = Refusal.Of(Rule.P22, "DecideAppealRequires"),
        [RejectAppeal] = Refusal.Of(Rule.P22, "DecideAppealRequires"),
        [OrderResit] = Refusal.Of(Rule.P23, "OrderResitRequires"),
        [Retake] = Refusal.Of(Rule.P19, "RetakeRequires"),
    };

    private static Dictionary<(ApplicationState, ApplicationAction), Refusal> Refusals()
    {
        var refusals = new Dictionary<(ApplicationState, ApplicationAction), Refusal>
        {
            [(AwaitingProtocol, IssueCertificate)] = Refusal.Of(Rule.P18, "CertificateBeforeProtocol"),
            [(InExam, IssueCertificate)] = Refusal.Of(Rule.P18, "CertificateBeforeProtocol"),
            [(Registered, SendMotivatedRefusal)] = Refusal.Of(Rule.P5, "RemarksBeforeMotivatedRefusal"),
            [(ExamScheduled, SendExamNotice)] = Refusal.Of(Rule.P6, "ExamNoticeAlreadySent"),
            [(ResultFinal, FileAppeal)] = Refusal.Of(Rule.P20, "ResultFinal"),
            [(NotPassed, FileAppeal)] = Refusal.Of(Rule.P20, "AppealBeforeFailureNotice"),
        };
        foreach (var state in new[] { Passed, CertificateIssued, AppealUpheld })
        {
            refusals[(state, FileAppeal)] = Refusal.Of(Rule.P20, "AppealAgainstAPass");
        }

        foreach (var state in new[] { AppealFiled, AppealUnderReview })
        {
            refusals[(state, FileAppeal)] = Refusal.Of(Rule.P20, "AppealAlreadyFiled");
        }

        foreach (var state in new[] { NotPassed, FailureNotified, ResultFinal })
        {
            refusals[(state, IssueCertificate)] = Refusal.Of(Rule.P18, "CertificateAfterFailure");
        }

        return refusals;
    }
}
