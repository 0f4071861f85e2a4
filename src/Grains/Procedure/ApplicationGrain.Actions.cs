using Platform.Domain.Deadlines;
using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
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
            return Repeated(command.CommandId, command.By) ?? new CaseResult(Blank(), AlreadyApplied);
        }

        if (Validate(command) is { } invalid)
        {
            return new CaseResult(EmptyView(command), invalid);
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
            Deadlines.Open(CompletenessReview, step);
            Produce(command.CommandId, CaseDocuments.Application(Case, context, step.Today), step.Now);
            Record(command.CommandId, command.By, command.Channel == ApplicationChannel.Paper ? "RegisteredFromPaper" : "SubmittedOnline", Rule.P4, step.Now);
            await Candidate.AddCase(CaseId);
            return null;
        });
        return refused is null ? await CommitAsync(before) : new CaseResult(EmptyView(command), refused);
    }

    private static readonly Refusal AlreadyApplied = Refusal.Of(Rule.P4, "AlreadyApplied");

    public Task<CaseResult> SendRemarks(SendRemarks command) => Act(
        command.CommandId, command.By, ApplicationAction.SendRemarks,
        _ => command.Remarks is null ? NoList : command.Remarks.Any(r => !string.IsNullOrWhiteSpace(r)) ? null : Refusal.Of(Rule.P5, "RemarksListEmpty"),
        step =>
        {
            Case.Remarks = [.. command.Remarks.Where(r => !string.IsNullOrWhiteSpace(r))];
            Deadlines.Meet(CompletenessReview, step);
            Deadlines.Open(RemarksFixWindow, step);
            Deadlines.Open(DeadlineKind.MotivatedRefusal, step);
        },
        (step, context) => Task.FromResult<DocumentContent>(CaseDocuments.Remarks(Case, context, step.Today)));

    public Task<CaseResult> Resubmit(Resubmit command) => Act(
        command.CommandId, command.By, ApplicationAction.Resubmit,
        _ => CheckAttachments(command.Attachments), // a closed window (P5) is refused before, naming the day it closed
        step =>
        {
            Case.Attachments.AddRange(command.Attachments);
            Deadlines.Meet(RemarksFixWindow, step);
            Deadlines.Drop(DeadlineKind.MotivatedRefusal);
            Deadlines.Open(ResubmissionReview, step);
        });

    public Task<CaseResult> SignMotivatedRefusal(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.SendMotivatedRefusal,
        _ => command.By.Role != Roles.HeadOfCenter ? Refusal.Of(Rule.P5, "MotivatedRefusalSignedByHead")
            : Case.Status == ApplicationState.RemarksSent && !Case.RefusalDrafted
                ? Refusal.Of(Rule.P5, "RemarksWindowOpen")
                : null,
        step =>
        {
            Deadlines.Meet(DeadlineKind.MotivatedRefusal, step);
            Deadlines.Meet(ResubmissionReview, step);
        },
        (step, context) => Task.FromResult<DocumentContent>(CaseDocuments.Refusal(Case, context, step.Today)));

    public Task<CaseResult> ConcludeContract(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.ConcludeContract, null,
        step =>
        {
            Deadlines.Meet(CompletenessReview, step);
            Deadlines.Meet(ResubmissionReview, step);
            Deadlines.Open(DeadlineKind.ExamNotice, step);
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
                Deadlines.Meet(DeadlineKind.ExamNotice, step);
            },
            (step, context) => Task.FromResult(CaseDocuments.ExamNotice(Case, context, previous, step.Today)));
    }

    private Refusal? CheckExamDate(ScheduleExam command, Step step)
    {
        if (command.Reason != Case.PendingReschedule)
        {
            return Case.PendingReschedule is null
                ? Refusal.Of(Rule.P6, "FirstNoticeNamesNoReason")
                : Case.PendingReschedule == RescheduleReason.SickLeave
                    ? Refusal.Of(Rule.P7, "NoticeReschedulesUnderSickLeave")
                    : Refusal.Of(Rule.P11, "NoticeReschedulesUnderTechnicalFailure");
        }

        if (SickLeaveSheet.CheckReschedule(command.Reason, Case.SickLeaveSheetReceived) is { } noSheet)
        {
            return noSheet;
        }

        return ExamDateWindow.For(step.Calendar, step.Today).Check(Platform.Domain.Calendar.KazakhstanTime.DateOf(command.StartsAt), command.Reason);
    }

    public Task<CaseResult> ReportSickLeave(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.ReportSickLeave, null,
        _ => Case.PendingReschedule = RescheduleReason.SickLeave);

    public Task<CaseResult> StartExam(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.StartExam, CheckExamDay, _ => { });

    /// <summary>P6: the exam begins on the date of the notice, not before.</summary>
    private Refusal? CheckExamDay(Step step) =>
        Case.Exam is { } exam && step.Today < Platform.Domain.Calendar.KazakhstanTime.DateOf(exam.StartsAt)
            ? Refusal.Of(Rule.P6, "ExamOnNoticeDate", Platform.Domain.Calendar.KazakhstanTime.DateOf(exam.StartsAt))
            : null;

    public Task<CaseResult> ReportTechnicalFailure(CaseCommand command) => Act(
        command.CommandId, command.By, ApplicationAction.ReportTechnicalFailure,
        _ => Case.Exam is { Online: true } ? null : Refusal.Of(Rule.P11, "TechnicalFailureOfflineNotMoved"),
        _ => Case.PendingReschedule = RescheduleReason.TechnicalFailure);

    public Task<CaseResult> CompleteProcedure(CompleteProcedure command) => Act(
        command.CommandId, command.By, ApplicationAction.CompleteProcedure,
        _ => command.TheoryTotal <= 0 || command.TheoryCorrect < 0 || command.TheoryCorrect > command.TheoryTotal
            ? Refusal.Of(Rule.P15, "TheoryResultMalformed")
            : null,
        step =>
        {
            Case.Results = command;
            Deadlines.Open(DeadlineKind.Protocol, step);
        });

    public Task<CaseResult> RecordProtocol(ProtocolDecision decision) => Act(
        decision.CommandId, decision.By, decision.Passed ? ApplicationAction.SignProtocolPassed : ApplicationAction.SignProtocolNotPassed,
        _ => decision.Passed ? CheckPass() : null,
        step =>
        {
            Case.Protocol = decision;
            Deadlines.Meet(DeadlineKind.Protocol, step);
            Deadlines.Open(decision.Passed ? DocumentIssue : DeadlineKind.FailureNotice, step);
        },
        async (step, context) => CaseDocuments.Protocol(CaseId, Case, context, await CommissionAsync(decision.CommissionId), step.Today));

    /// <summary>P15-P17: a pass needs the theory above 70%, the practical task per the map, and a completed sitting.</summary>
    private Refusal? CheckPass()
    {
        var results = Case.Results!;
        if (results.EndedBy != SittingEnd.Completed)
        {
            return results.EndedBy == SittingEnd.Removed
                ? Refusal.Of(Rule.P13, "SittingRemoved")
                : Refusal.Of(Rule.P13, "SittingTerminated");
        }

        if (!TheoryResult.Evaluate(results.TheoryCorrect, results.TheoryTotal).Admitted)
        {
            return Refusal.Of(Rule.P15, "TheoryNotAbove70", results.TheoryCorrect, results.TheoryTotal);
        }

        return results.PracticalPassed == true ? null : Refusal.Of(Rule.P16, "PracticalNotPerformed");
    }

    public Task<CaseResult> SendFailureNotice(SendFailureNotice command) => Act(
        command.CommandId, command.By, ApplicationAction.SendFailureNotice,
        _ => command.Recommendations is null ? NoList : command.Recommendations.Any(r => !string.IsNullOrWhiteSpace(r)) ? null
            : Refusal.Of(Rule.P19, "FailureNoticeRecommendations"),
        step =>
        {
            Deadlines.Meet(DeadlineKind.FailureNotice, step);
            if (Case.Channel == ApplicationChannel.Online)
            {
                // P20: results delivered electronically are received on the day of delivery.
                Deadlines.Open(AppealWindow, step);
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
            return Refused(Refusal.Of(Rule.P20, "ResultsReceivedOnce"));
        }

        if (command.ReceivedOn > step.Today || sentOn is null || command.ReceivedOn < Platform.Domain.Calendar.KazakhstanTime.DateOf(sentOn.Value))
        {
            return Refused(Refusal.Of(Rule.P20, "ResultsReceivedDay"));
        }

        var before = Snapshot();
        var refused = await ChangeAsync(before, () =>
        {
            Deadlines.Open(AppealWindow, step, command.ReceivedOn);
            Record(command.CommandId, command.By, "ResultsReceived", Rule.P20, step.Now);

            // Recorded late, the receipt is still a fact; a window it opened that has already closed closes now (P20).
            Deadlines.CatchUp(step.Now);
            return Task.FromResult<Refusal?>(null);
        });
        return refused is null ? await CommitAsync(before) : Refused(refused);
    }

    public Task<CaseResult> FileAppeal(FileAppeal command) => Act(
        command.CommandId, command.By, ApplicationAction.FileAppeal,
        _ => string.IsNullOrWhiteSpace(command.Grounds) ? Refusal.Of(Rule.P20, "AppealGroundsMissing") : null,
        step =>
        {
            if (!Case.Deadlines.ContainsKey(AppealWindow))
            {
                Deadlines.Open(AppealWindow, step); // an appeal is proof the results were received
            }

            Case.AppealGrounds = command.Grounds;
            Deadlines.Meet(AppealWindow, step);
            Deadlines.Open(DeadlineKind.AppealDecision, step);
        });

    public async Task<CaseResult> RegisterAppeal(RegisterAppeal command)
    {
        // Read before the action: the commission named (P21) and who decided the case (P21-1), checked by the domain.
        var panel = Case.Exists && command.AppealCommissionId is not null ? await AppealPanel.LoadAsync(GrainFactory, command.AppealCommissionId, Case.Protocol) : null;
        return await Act(
            command.CommandId, command.By, ApplicationAction.RegisterAppeal,
            _ => panel is null ? AppealCommissionCheck.NotFormed
                : AppealCommissionCheck.Registration(panel.Commission, CaseId, Case.CenterNumber, panel.Examiners),
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
        _ => string.IsNullOrWhiteSpace(command.Reasons) ? Refusal.Of(Rule.P22, "AppealReasonsMissing") : null,
        step =>
        {
            Case.AppealDecision = command;
            Deadlines.Meet(DeadlineKind.AppealDecision, step);
            Deadlines.Open(AppealProtocolRetention, step);
            if (command.Outcome == AppealOutcome.Upheld)
            {
                Deadlines.Open(AppealUpheldDocumentIssue, step);
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
            Deadlines.Drop(AppealWindow);
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
        Deadlines.Open(DeadlineKind.ExamNotice, step);
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
        _ => Deadlines.DropRunning());

    private static Refusal? Validate(SubmitApplication command)
    {
        if (command.By is null || command.CenterNumber is null || command.CandidateKey is null || command.ProgramCode is null)
        {
            return Refusal.Of(Rule.InvalidInput, "ApplicationIncomplete");
        }

        if (CheckAttachments(command.Attachments) is { } attachments)
        {
            return attachments;
        }

        if (!command.PersonalDataConsent)
        {
            return Refusal.Of(Rule.P4, "ConsentMandatory");
        }

        if (command.CenterNumber.Length != 4 || !command.CenterNumber.All(char.IsAsciiDigit))
        {
            return Refusal.Of(Rule.App2, "AccreditationNumber");
        }

        if (command.NrkLevel is < 1 or > 8)
        {
            return Refusal.Of(Rule.App1, "NrkLevel");
        }

        return ExamLanguageChoice.Check(command.ExamLanguage);
    }

    /// <summary>App.1: the list of attached documents; each names its title (a null in the list is not a document).</summary>
    private static Refusal? CheckAttachments(IReadOnlyList<AttachedDocument>? attachments) =>
        attachments is null ? NoList
        : attachments.Any(a => a is null || a.Title is null) ? Refusal.Of(Rule.InvalidInput, "AttachmentUnnamed")
        : null;

    private static readonly Refusal NoList = Refusal.Of(Rule.InvalidInput, "ListMissing");

    private CaseView EmptyView(SubmitApplication command) => new(
        CaseId, command.CenterNumber, command.CandidateKey, command.ProgramCode, command.NrkLevel, command.Channel,
        ApplicationState.Registered, 0, [], null, [], [], null, 0);
}
