using Platform.Domain.Deadlines;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Grains.Documents;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>The actions of SPEC §2, each with the checks its rule adds to the transition table.</summary>
public sealed partial class ApplicationGrain
{
    public async Task<CaseResult> Submit(SubmitApplication command)
    {
        if (Case.Exists)
        {
            // Someone else's case is none of the caller's business: a refusal here shows nothing of it.
            return Repeated(command.CommandId, command.By) ?? AlreadyApplied.For(Blank());
        }

        if (Validate(command) is { } invalid)
        {
            return invalid.For(EmptyView(command));
        }

        // Everything is checked before the state changes, so a refused application leaves no trace in the grain.
        var before = Snapshot();
        var refused = await ChangeAsync(before, async () =>
        {
            var step = new Step(await calendars.GetAsync(), time.GetUtcNow());
            if (await LoadContextAsync(command.CenterNumber, command.CandidateKey, command.ProgramCode) is not { } context)
            {
                return NotRegistered;
            }

            Case.Exists = true;
            Case.CenterNumber = command.CenterNumber;
            Case.CandidateKey = command.CandidateKey;
            Case.ProgramCode = command.ProgramCode;
            Case.NrkLevel = command.NrkLevel;
            Case.Channel = command.Channel;
            Case.ExamLanguage = command.ExamLanguage;
            Case.Attachments = [.. command.Attachments];
            Open(CompletenessReview, step);
            Produce(command.CommandId, CaseDocuments.Application(Case, context, step.Today), step.Now);
            Record(command.CommandId, command.By, command.Channel == ApplicationChannel.Paper ? "RegisteredFromPaper" : "SubmittedOnline", "P4", step.Now);
            await Candidate.AddCase(CaseId);
            return null;
        });
        return refused is null ? await CommitAsync(before) : refused.For(EmptyView(command));
    }

    private static readonly Refusal AlreadyApplied = new("P4", "this case already holds an application",
        "по этому делу уже подано заявление",
        "бұл іс бойынша өтініш бұрын берілген");

    public Task<CaseResult> SendRemarks(SendRemarks command) => Act(
        command.CommandId, command.By, ApplicationAction.SendRemarks,
        _ => command.Remarks is null ? NoList : command.Remarks.Any(r => !string.IsNullOrWhiteSpace(r)) ? null : new Refusal("P5", "a notice with remarks names at least one remark",
                "уведомление с замечаниями содержит не менее одного замечания",
                "ескертулері бар хабарламада кемінде бір ескерту көрсетіледі"),
        step =>
        {
            Case.Remarks = [.. command.Remarks.Where(r => !string.IsNullOrWhiteSpace(r))];
            Meet(CompletenessReview, step);
            Open(RemarksFixWindow, step);
            Open(DeadlineKind.MotivatedRefusal, step);
        },
        (step, context) => Task.FromResult<DocumentContent>(CaseDocuments.Remarks(Case, context, step.Today)));

    public Task<CaseResult> Resubmit(Resubmit command) => Act(
        command.CommandId, command.By, ApplicationAction.Resubmit,
        _ => CheckAttachments(command.Attachments), // a closed window (P5) is refused before, naming the day it closed
        step =>
        {
            Case.Attachments.AddRange(command.Attachments);
            Meet(RemarksFixWindow, step);
            Drop(DeadlineKind.MotivatedRefusal);
            Open(ResubmissionReview, step);
        });

    public Task<CaseResult> SignMotivatedRefusal(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.SendMotivatedRefusal,
        _ => command.By.Role != Roles.HeadOfCenter ? new Refusal("P5", "the motivated refusal is signed by the head of the center",
                "мотивированный отказ подписывается руководителем центра",
                "дәлелді бас тартуға орталық басшысы қол қояды")
            : Case.Status == ApplicationState.RemarksSent && !Case.RefusalDrafted
                ? new Refusal("P5", "the candidate's three working days to fix the remarks have not passed yet",
                "три рабочих дня, предоставленные кандидату для устранения замечаний, еще не истекли",
                "кандидатқа ескертулерді жою үшін берілген үш жұмыс күні әлі өткен жоқ")
                : null,
        step =>
        {
            Meet(DeadlineKind.MotivatedRefusal, step);
            Meet(ResubmissionReview, step);
        },
        (step, context) => Task.FromResult<DocumentContent>(CaseDocuments.Refusal(Case, context, step.Today)));

    public Task<CaseResult> ConcludeContract(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.ConcludeContract, null,
        step =>
        {
            Meet(CompletenessReview, step);
            Meet(ResubmissionReview, step);
            Open(DeadlineKind.ExamNotice, step);
        },
        (step, context) => Task.FromResult<DocumentContent>(CaseDocuments.Contract(CaseId, Case, context, step.Today)));

    public Task<CaseResult> ScheduleExam(ScheduleExam command)
    {
        var previous = Case.Exam;
        return Act(
            command.CommandId, command.By, ApplicationAction.SendExamNotice,
            step => CheckExamDate(command, step),
            step =>
            {
                // P9: the notice carries the language the candidate chose; from now on it is fixed.
                Case.Exam = new ExamAppointment(command.StartsAt, command.Place, command.Online, Case.ExamLanguage, step.Today, command.Reason);
                ClearReschedule();
                Meet(DeadlineKind.ExamNotice, step);
            },
            (step, context) => Task.FromResult(CaseDocuments.ExamNotice(Case, context, previous, step.Today)));
    }

    private Refusal? CheckExamDate(ScheduleExam command, Step step)
    {
        if (command.Reason != Case.PendingReschedule)
        {
            return Case.PendingReschedule is null
                ? new Refusal("P6", "only a reschedule under P7 or P11 names a reason; this is the first exam notice",
                "основание переноса указывается только при переносе по пункту 7 или 11 Правил; это первое уведомление об экзамене",
                "ауыстыру негізі тек Қағидалардың 7 немесе 11-тармағы бойынша ауыстыру кезінде көрсетіледі; бұл емтихан туралы алғашқы хабарлама")
                : Case.PendingReschedule == RescheduleReason.SickLeave
                    ? new Refusal("P7", "this exam notice reschedules under SickLeave",
                        "это уведомление об экзамене направляется при переносе в связи с временной нетрудоспособностью (пункт 7 Правил)",
                        "бұл емтихан туралы хабарлама уақытша еңбекке жарамсыздыққа байланысты ауыстыру кезінде жіберіледі (Қағидалардың 7-тармағы)")
                    : new Refusal("P11", "this exam notice reschedules under TechnicalFailure",
                        "это уведомление об экзамене направляется при переносе в связи с техническим сбоем (пункт 11 Правил)",
                        "бұл емтихан туралы хабарлама техникалық ақауға байланысты ауыстыру кезінде жіберіледі (Қағидалардың 11-тармағы)");
        }

        if (SickLeaveSheet.CheckReschedule(command.Reason, Case.SickLeaveSheetReceived) is { } noSheet)
        {
            return Refusal.Of(noSheet);
        }

        var check = ExamDateWindow.For(step.Calendar, step.Today).Check(Platform.Domain.Calendar.KazakhstanTime.DateOf(command.StartsAt), command.Reason);
        if (check.IsAllowed)
        {
            return null;
        }

        // The domain names the rule apart from the reason, which it words in en, ru and kk.
        return check is { Rule: { } rule, Reason: { } reason }
            ? new Refusal(rule, reason)
            : new Refusal(RuleOf(check.Refusal!), Wording.Same(check.Refusal!));
    }

    public Task<CaseResult> ReportSickLeave(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.ReportSickLeave, null,
        _ => Case.PendingReschedule = RescheduleReason.SickLeave);

    public Task<CaseResult> StartExam(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.StartExam, CheckExamDay, _ => { });

    /// <summary>P6: the exam begins on the date of the notice, not before.</summary>
    private Refusal? CheckExamDay(Step step) =>
        Case.Exam is { } exam && step.Today < Platform.Domain.Calendar.KazakhstanTime.DateOf(exam.StartsAt)
            ? new Refusal("P6",
                $"the exam is on {Platform.Domain.Calendar.KazakhstanTime.DateOf(exam.StartsAt):yyyy-MM-dd}, the date of the notice",
                $"экзамен проводится {Platform.Domain.Calendar.KazakhstanTime.DateOf(exam.StartsAt):dd.MM.yyyy} — в дату, указанную в уведомлении",
                $"емтихан хабарламада көрсетілген күні — {Platform.Domain.Calendar.KazakhstanTime.DateOf(exam.StartsAt):dd.MM.yyyy} өткізіледі")
            : null;

    public Task<CaseResult> ReportTechnicalFailure(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.ReportTechnicalFailure,
        _ => Case.Exam is { Online: true } ? null : new Refusal("P11", "a technical failure moves an online sitting; an offline one is not moved under P11",
                "технический сбой является основанием для переноса экзамена в онлайн-формате; экзамен в офлайн-формате по пункту 11 Правил не переносится",
                "техникалық ақау онлайн форматтағы емтиханды ауыстыруға негіз болады; офлайн форматтағы емтихан Қағидалардың 11-тармағы бойынша ауыстырылмайды"),
        _ => Case.PendingReschedule = RescheduleReason.TechnicalFailure);

    public Task<CaseResult> CompleteProcedure(CompleteProcedure command) => Act(
        command.CommandId, command.By, ApplicationAction.CompleteProcedure,
        _ => command.TheoryTotal <= 0 || command.TheoryCorrect < 0 || command.TheoryCorrect > command.TheoryTotal
            ? new Refusal("P15", "the theory result counts correct answers out of all the ticket's questions",
                "результат теоретического этапа определяется числом правильных ответов из всех вопросов билета",
                "теориялық кезеңнің нәтижесі билеттің барлық сұрақтарына берілген дұрыс жауаптар санымен анықталады")
            : null,
        step =>
        {
            Case.Results = command;
            Open(DeadlineKind.Protocol, step);
        });

    public Task<CaseResult> RecordProtocol(ProtocolDecision decision) => Act(
        decision.CommandId, decision.By, decision.Passed ? ApplicationAction.SignProtocolPassed : ApplicationAction.SignProtocolNotPassed,
        _ => decision.Passed ? CheckPass() : null,
        step =>
        {
            Case.Protocol = decision;
            Meet(DeadlineKind.Protocol, step);
            Open(decision.Passed ? DocumentIssue : DeadlineKind.FailureNotice, step);
        },
        async (step, context) => CaseDocuments.Protocol(CaseId, Case, context, await CommissionAsync(decision.CommissionId), step.Today));

    /// <summary>P15-P17: a pass needs the theory above 70%, the practical task per the map, and a completed sitting.</summary>
    private Refusal? CheckPass()
    {
        var results = Case.Results!;
        if (results.EndedBy != SittingEnd.Completed)
        {
            return results.EndedBy == SittingEnd.Removed
                ? new Refusal("P13", "the sitting ended by removed; it cannot be passed",
                    "кандидат удален с экзамена; процедура не может быть признана пройденной",
                    "кандидат емтиханнан шығарылды; рәсімнен өтті деп танылмайды")
                : new Refusal("P13", $"the sitting ended by {results.EndedBy.ToString().ToLowerInvariant()}; it cannot be passed",
                    "процедура прекращена; она не может быть признана пройденной",
                    "рәсім тоқтатылды; одан өтті деп танылмайды");
        }

        if (!TheoryResult.Evaluate(results.TheoryCorrect, results.TheoryTotal).Admitted)
        {
            return new Refusal("P15",
                $"{results.TheoryCorrect} of {results.TheoryTotal} is not more than 70% of the theory questions",
                $"{results.TheoryCorrect} правильных ответов из {results.TheoryTotal} — не более 70% вопросов теоретического этапа",
                $"{results.TheoryTotal} сұрақтың {results.TheoryCorrect} дұрыс жауабы теориялық кезең сұрақтарының 70%-ынан аспайды");
        }

        return results.PracticalPassed == true ? null : new Refusal("P16", "the practical task was not performed per the technological map",
                "практическое задание не выполнено в соответствии с технологической картой",
                "практикалық тапсырма технологиялық картаға сәйкес орындалмады");
    }

    public Task<CaseResult> SendFailureNotice(SendFailureNotice command) => Act(
        command.CommandId, command.By, ApplicationAction.SendFailureNotice,
        _ => command.Recommendations is null ? NoList : command.Recommendations.Any(r => !string.IsNullOrWhiteSpace(r)) ? null
            : new Refusal("P19", "the failure notice gives recommendations to improve knowledge and skills",
                "уведомление о непрохождении содержит рекомендации по совершенствованию знаний и навыков",
                "рәсімнен өтпегені туралы хабарламада білім мен дағдыларды жетілдіру жөніндегі ұсынымдар беріледі"),
        step =>
        {
            Meet(DeadlineKind.FailureNotice, step);
            if (Case.Channel == ApplicationChannel.Online)
            {
                // P20: results delivered electronically are received on the day of delivery.
                Open(AppealWindow, step);
            }
        },
        (step, context) => Task.FromResult<DocumentContent>(CaseDocuments.Failure(CaseId, Case, context, [.. command.Recommendations.Where(r => !string.IsNullOrWhiteSpace(r))], step.Today)));

    public async Task<CaseResult> RecordResultsReceived(RecordResultsReceived command)
    {
        if (Admit(command.CommandId, command.By) is { } early)
        {
            return early;
        }

        var now = time.GetUtcNow();
        await CatchUpAsync(now);
        var step = new Step(await calendars.GetAsync(), now);
        var sentOn = Case.History.LastOrDefault(e => e.What == nameof(ApplicationAction.SendFailureNotice))?.At;
        if (Case.Status != ApplicationState.FailureNotified || Case.Deadlines.ContainsKey(AppealWindow))
        {
            return Refused(new Refusal("P20", "the results are received once, after the failure notice is sent",
                "результаты получаются один раз, после направления уведомления о непрохождении",
                "нәтижелер рәсімнен өтпегені туралы хабарлама жіберілгеннен кейін бір рет алынады"));
        }

        if (command.ReceivedOn > step.Today || sentOn is null || command.ReceivedOn < Platform.Domain.Calendar.KazakhstanTime.DateOf(sentOn.Value))
        {
            return Refused(new Refusal("P20", "the results are received on or after the day the notice was sent, and not in the future",
                "дата получения результатов не может быть ранее дня направления уведомления и позднее текущей даты",
                "нәтижелерді алу күні хабарлама жіберілген күннен ерте және ағымдағы күннен кеш болмауы тиіс"));
        }

        var before = Snapshot();
        var refused = await ChangeAsync(before, () =>
        {
            Open(AppealWindow, step, command.ReceivedOn);
            Record(command.CommandId, command.By, "ResultsReceived", "P20", step.Now);

            // Recorded late, the receipt is still a fact; a window it opened that has already closed closes now (P20).
            DeadlineCatchUp.To(Case, step.Now);
            return Task.FromResult<Refusal?>(null);
        });
        return refused is null ? await CommitAsync(before) : Refused(refused);
    }

    public Task<CaseResult> FileAppeal(FileAppeal command) => Act(
        command.CommandId, command.By, ApplicationAction.FileAppeal,
        _ => string.IsNullOrWhiteSpace(command.Grounds) ? new Refusal("P20", "an appeal states its grounds",
                "в апелляции указываются ее основания",
                "апелляцияда оның негіздері көрсетіледі") : null,
        step =>
        {
            if (!Case.Deadlines.ContainsKey(AppealWindow))
            {
                Open(AppealWindow, step); // an appeal is proof the results were received
            }

            Case.AppealGrounds = command.Grounds;
            Meet(AppealWindow, step);
            Open(DeadlineKind.AppealDecision, step);
        });

    public async Task<CaseResult> RegisterAppeal(RegisterAppeal command)
    {
        // Read before the action: the commission named (P21) and who decided the case (P21-1), checked by the domain.
        var panel = Case.Exists && command.AppealCommissionId is not null ? await AppealPanel.LoadAsync(GrainFactory, command.AppealCommissionId, Case.Protocol) : null;
        return await Act(
            command.CommandId, command.By, ApplicationAction.RegisterAppeal,
            _ => panel is null ? Refusal.Of(AppealCommissionCheck.NotFormed)
                : AppealCommissionCheck.Registration(panel.Commission, CaseId, Case.CenterNumber, panel.Examiners) is { } refused ? Refusal.Of(refused) : null,
            _ => Case.AppealCommissionId = command.AppealCommissionId);
    }

    public Task<CaseResult> DecideAppeal(DecideAppeal command) => Act(
        command.CommandId, command.By,
        command.Outcome switch
        {
            AppealOutcome.Upheld => ApplicationAction.UpholdAppeal,
            AppealOutcome.Rejected => ApplicationAction.RejectAppeal,
            _ => ApplicationAction.OrderResit,
        },
        _ => string.IsNullOrWhiteSpace(command.Reasons) ? new Refusal("P22", "the appeal protocol records the reasons of the decision",
                "в протоколе апелляционной комиссии указываются мотивы принятого решения",
                "апелляциялық комиссияның хаттамасында қабылданған шешімнің уәждері көрсетіледі") : null,
        step =>
        {
            Case.AppealDecision = command;
            Meet(DeadlineKind.AppealDecision, step);
            Open(AppealProtocolRetention, step);
            if (command.Outcome == AppealOutcome.Upheld)
            {
                Open(AppealUpheldDocumentIssue, step);
            }
            else if (command.Outcome == AppealOutcome.TechnicalDiscrepancy)
            {
                StartAgain(step); // P23: sits again from step 5 (P6-P17)
            }
        },
        async (step, context) => CaseDocuments.Appeal(CaseId, Case, context, await CommissionAsync(Case.AppealCommissionId), step.Today));

    public Task<CaseResult> Retake(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.Retake, null,
        step =>
        {
            Drop(AppealWindow);
            StartAgain(step);
        });

    private void StartAgain(Step step)
    {
        Case.Attempt++;
        Case.Exam = null;
        Case.Results = null;
        Case.Protocol = null;
        Case.OfflineStart = null;
        ClearReschedule();
        Open(DeadlineKind.ExamNotice, step);
    }

    /// <summary>A new exam notice (or a new attempt) ends the reschedule and what P7 asked for it.</summary>
    private void ClearReschedule()
    {
        Case.PendingReschedule = null;
        Case.SickLeaveSheet = null;
        Case.SickLeaveSheetReceived = false;
    }

    public Task<CaseResult> Withdraw(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.Withdraw, null,
        _ =>
        {
            foreach (var kind in Case.Deadlines.Where(d => d.Value.IsRunning).Select(d => d.Key).ToList())
            {
                Drop(kind);
            }
        });

    private static Refusal? Validate(SubmitApplication command)
    {
        if (command.By is null || command.CenterNumber is null || command.CandidateKey is null || command.ProgramCode is null)
        {
            return InvalidInput("an application names who submits it, the center, the candidate and the program",
                "в заявлении указываются подающий его, центр, кандидат и программа",
                "өтініште оны берушi, орталық, кандидат және бағдарлама көрсетіледі");
        }

        if (CheckAttachments(command.Attachments) is { } attachments)
        {
            return attachments;
        }

        if (!command.PersonalDataConsent)
        {
            return new Refusal("P4", "consent to processing personal data and placing them on the NSK platform is mandatory (App.1)",
                "согласие на обработку персональных данных и их размещение на цифровой платформе НСК обязательно (приложение 1 к Правилам)",
                "дербес деректерді өңдеуге және оларды ҰБЖ цифрлық платформасында орналастыруға келісім міндетті (Қағидаларға 1-қосымша)");
        }

        if (command.CenterNumber.Length != 4 || !command.CenterNumber.All(char.IsAsciiDigit))
        {
            return new Refusal("App.2", "a center's accreditation number has 4 digits",
                "номер аккредитации центра состоит из 4 цифр",
                "орталықтың аккредиттеу нөмірі 4 цифрдан тұрады");
        }

        if (command.NrkLevel is < 1 or > 8)
        {
            return new Refusal("App.1", "the NRK level claimed is from 1 to 8",
                "заявляемый уровень НРК — от 1 до 8",
                "мәлімделген ҰБШ деңгейі 1-ден 8-ге дейін болады");
        }

        return ExamLanguageChoice.Check(command.ExamLanguage) is { } language ? Refusal.Of(language) : null;
    }

    /// <summary>App.1: the list of attached documents; each names its title (a null in the list is not a document).</summary>
    private static Refusal? CheckAttachments(IReadOnlyList<AttachedDocument>? attachments) =>
        attachments is null ? NoList
        : attachments.Any(a => a is null || a.Title is null) ? InvalidInput("each attached document names its kind and title",
            "для каждого приложенного документа указываются его вид и название",
            "әрбір қоса берілген құжаттың түрі мен атауы көрсетіледі")
        : null;

    private static readonly Refusal NoList = InvalidInput("a list in the command is missing", "в команде отсутствует список", "командада тізім жоқ");

    private CaseView EmptyView(SubmitApplication command) => new(
        CaseId, command.CenterNumber, command.CandidateKey, command.ProgramCode, command.NrkLevel, command.Channel,
        ApplicationState.Registered, 0, [], null, [], [], null, 0);

    /// <summary>The rule a refusal of the domain names at its start ("P6: …").</summary>
    private static string RuleOf(string refusal) => refusal.IndexOf(':') is > 0 and var colon ? refusal[..colon] : "P6";
}
