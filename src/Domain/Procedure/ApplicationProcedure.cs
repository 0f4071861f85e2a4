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
        [ConcludeContract] = new("P5", "the contract is concluded on a complete and correct package, after the completeness review",
                "договор на оказание услуги заключается при полном и надлежащем пакете документов после проверки их полноты",
                "қызмет көрсету шарты құжаттардың толықтығы тексерілгеннен кейін толық әрі дұрыс құжаттар топтамасы бойынша жасалады"),
        [SendRemarks] = new("P5", "a notice with remarks answers the completeness review of a registered application",
                "уведомление с замечаниями направляется по итогам проверки полноты документов зарегистрированного заявления",
                "ескертулері бар хабарлама тіркелген өтініш құжаттарының толықтығын тексеру нәтижесі бойынша жіберіледі"),
        [Resubmit] = new("P5", "documents are resubmitted in answer to a notice with remarks",
                "документы представляются повторно в ответ на уведомление с замечаниями",
                "құжаттар ескертулері бар хабарламаға жауап ретінде қайта ұсынылады"),
        [SendMotivatedRefusal] = new("P5", "a motivated refusal follows a notice with remarks that was not remedied",
                "мотивированный отказ направляется, если замечания, указанные в уведомлении, не устранены",
                "дәлелді бас тарту хабарламада көрсетілген ескертулер жойылмаған жағдайда жіберіледі"),
        [Withdraw] = new("P3", "the candidate may withdraw before the exam begins",
                "кандидат вправе отозвать заявление до начала экзамена",
                "кандидат өтінішін емтихан басталғанға дейін кері қайтарып ала алады"),
        [SendExamNotice] = new("P6", "the exam notice follows the contract, or a reschedule under P7 or P11",
                "уведомление об экзамене направляется после заключения договора либо при переносе экзамена по пункту 7 или 11 Правил",
                "емтихан туралы хабарлама шарт жасалғаннан кейін не емтихан Қағидалардың 7 немесе 11-тармағы бойынша ауыстырылған кезде жіберіледі"),
        [ReportSickLeave] = new("P7", "temporary incapacity moves a scheduled exam",
                "временная нетрудоспособность является основанием для переноса назначенного экзамена",
                "уақытша еңбекке жарамсыздық тағайындалған емтиханды ауыстыруға негіз болып табылады"),
        [StartExam] = new("P9", "the exam starts on the date of the exam notice",
                "экзамен начинается в дату, указанную в уведомлении об экзамене",
                "емтихан ол туралы хабарламада көрсетілген күні басталады"),
        [ReportTechnicalFailure] = new("P11", "a technical failure moves an exam in progress to another day",
                "технический сбой является основанием для переноса проходящего экзамена на другой день",
                "техникалық ақау өтіп жатқан емтиханды басқа күнге ауыстыруға негіз болып табылады"),
        [CompleteProcedure] = new("P17", "only an exam in progress can be completed",
                "завершить можно только проходящий экзамен",
                "тек өтіп жатқан емтиханды ғана аяқтауға болады"),
        [SignProtocolPassed] = new("P17", "the protocol records the decision once the candidate has completed the procedure",
                "решение оформляется протоколом после прохождения кандидатом процедуры",
                "шешім кандидат рәсімді аяқтағаннан кейін хаттамамен ресімделеді"),
        [SignProtocolNotPassed] = new("P17", "the protocol records the decision once the candidate has completed the procedure",
                "решение оформляется протоколом после прохождения кандидатом процедуры",
                "шешім кандидат рәсімді аяқтағаннан кейін хаттамамен ресімделеді"),
        [IssueCertificate] = new("P18", "the recognition document is issued only after a signed protocol records a pass, or an upheld appeal (P23)",
                "документ о признании профессиональной квалификации выдается только на основании подписанного протокола о прохождении процедуры либо удовлетворенной апелляции (пункт 23 Правил)",
                "кәсіптік біліктілікті тану туралы құжат тек рәсімнен өткені туралы қол қойылған хаттама не қанағаттандырылған апелляция (Қағидалардың 23-тармағы) негізінде беріледі"),
        [SendFailureNotice] = new("P19", "the failure notice follows a signed protocol recording that the procedure was not passed",
                "уведомление о непрохождении направляется на основании подписанного протокола о непрохождении процедуры",
                "рәсімнен өтпегені туралы хабарлама рәсімнен өтпегені туралы қол қойылған хаттама негізінде жіберіледі"),
        [FileAppeal] = new("P20", "one appeal is filed against a failure, within the window after the results were received",
                "апелляция на решение о непрохождении подается один раз в установленный срок после получения результатов",
                "рәсімнен өтпегені туралы шешімге апелляция нәтижелер алынғаннан кейін белгіленген мерзімде бір рет беріледі"),
        [CloseAppealWindow] = new("P20", "the appeal window closes only while it is open",
                "закрыть можно только не истекший срок подачи апелляции",
                "апелляция беру мерзімін ол өтпеген кезде ғана жабуға болады"),
        [RegisterAppeal] = new("P21", "the center registers a filed appeal and passes it to the appeal commission",
                "центр регистрирует поданную апелляцию и передает ее в апелляционную комиссию",
                "орталық берілген апелляцияны тіркейді және оны апелляциялық комиссияға жібереді"),
        [UpholdAppeal] = new("P22", "the appeal commission decides an appeal under its review",
                "апелляционная комиссия принимает решение по апелляции, находящейся на ее рассмотрении",
                "апелляциялық комиссия өз қарауындағы апелляция бойынша шешім қабылдайды"),
        [RejectAppeal] = new("P22", "the appeal commission decides an appeal under its review",
                "апелляционная комиссия принимает решение по апелляции, находящейся на ее рассмотрении",
                "апелляциялық комиссия өз қарауындағы апелляция бойынша шешім қабылдайды"),
        [OrderResit] = new("P23", "a resit is ordered by the appeal commission for technical discrepancies",
                "повторное прохождение назначается апелляционной комиссией при выявлении технических несоответствий",
                "қайта тапсыруды техникалық сәйкессіздіктер анықталған кезде апелляциялық комиссия тағайындайды"),
        [Retake] = new("P19", "a retake follows a decision of not passing",
                "повторная сдача возможна после решения о непрохождении процедуры",
                "қайта тапсыру рәсімнен өтпегені туралы шешімнен кейін ғана мүмкін болады"),
    };

    private static Dictionary<(ApplicationState, ApplicationAction), ActionRequirement> Refusals()
    {
        var refusals = new Dictionary<(ApplicationState, ApplicationAction), ActionRequirement>
        {
            [(AwaitingProtocol, IssueCertificate)] = new("P18", "the recognition document is issued only after the protocol is signed with a pass",
                "документ о признании профессиональной квалификации выдается только после подписания протокола о прохождении процедуры",
                "кәсіптік біліктілікті тану туралы құжат рәсімнен өткені туралы хаттамаға қол қойылғаннан кейін ғана беріледі"),
            [(InExam, IssueCertificate)] = new("P18", "the recognition document is issued only after the protocol is signed with a pass",
                "документ о признании профессиональной квалификации выдается только после подписания протокола о прохождении процедуры",
                "кәсіптік біліктілікті тану туралы құжат рәсімнен өткені туралы хаттамаға қол қойылғаннан кейін ғана беріледі"),
            [(Registered, SendMotivatedRefusal)] = new("P5", "a motivated refusal follows a notice with remarks; send the remarks first",
                "мотивированному отказу предшествует уведомление с замечаниями; сначала направьте замечания",
                "дәлелді бас тартудың алдында ескертулері бар хабарлама жіберіледі; алдымен ескертулерді жіберіңіз"),
            [(ExamScheduled, SendExamNotice)] = new("P6", "the exam notice was already sent; a new date needs a reschedule under P7 or P11",
                "уведомление об экзамене уже направлено; новая дата назначается только при переносе по пункту 7 или 11 Правил",
                "емтихан туралы хабарлама жіберіліп қойған; жаңа күн тек Қағидалардың 7 немесе 11-тармағы бойынша ауыстырылған кезде тағайындалады"),
            [(ResultFinal, FileAppeal)] = new("P20", "the appeal window has closed or the appeal was decided; the result is final",
                "срок подачи апелляции истек или по апелляции принято решение; результат окончательный",
                "апелляция беру мерзімі өтті немесе апелляция бойынша шешім қабылданды; нәтиже түпкілікті"),
            [(NotPassed, FileAppeal)] = new("P20", "the appeal window opens when the results are received with the failure notice (P19)",
                "срок подачи апелляции исчисляется со дня получения результатов вместе с уведомлением о непрохождении (пункт 19 Правил)",
                "апелляция беру мерзімі нәтижелер рәсімнен өтпегені туралы хабарламамен бірге алынған күннен бастап есептеледі (Қағидалардың 19-тармағы)"),
        };
        foreach (var state in new[] { Passed, CertificateIssued, AppealUpheld })
        {
            refusals[(state, FileAppeal)] = new("P20", "an appeal is against a decision of not passing; this result is a pass",
                "апелляция подается на решение о непрохождении; по данному результату процедура пройдена",
                "апелляция рәсімнен өтпегені туралы шешімге беріледі; бұл нәтиже бойынша рәсімнен өтті");
        }

        foreach (var state in new[] { AppealFiled, AppealUnderReview })
        {
            refusals[(state, FileAppeal)] = new("P20", "an appeal against this result has already been filed",
                "апелляция на этот результат уже подана",
                "бұл нәтижеге апелляция бұрын берілген");
        }

        foreach (var state in new[] { NotPassed, FailureNotified, ResultFinal })
        {
            refusals[(state, IssueCertificate)] = new("P18", "the protocol records that the procedure was not passed",
                "протоколом зафиксировано непрохождение процедуры",
                "хаттамада рәсімнен өтпегені тіркелген");
        }

        return refusals;
    }
}
