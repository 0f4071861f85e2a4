using Platform.Domain.Calendar;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>
/// The case's commands through the procedure: each one decided by its stage (<see cref="ReviewStage"/>,
/// <see cref="SchedulingStage"/>, <see cref="ExamStage"/>, <see cref="DecisionStage"/>, <see cref="AppealStage"/>) and
/// applied by the pipeline; the application itself and the receipt of results, which stand outside the table, are here.
/// </summary>
public sealed partial class ApplicationGrain
{
    public async Task<CaseResult> Submit(SubmitApplication command)
    {
        if (Case.Exists)
        {
            // Someone else's case is none of the caller's business: a refusal here shows nothing of it.
            return Repeated(command.CommandId, command.By) ?? new CaseResult(Blank(), AlreadyApplied);
        }

        if (ApplicationChecks.Validate(command) is { } invalid)
        {
            return new CaseResult(EmptyView(command), invalid);
        }

        // Everything is checked before the state changes, so a refused application leaves no trace in the grain.
        var before = Snapshot();
        var refused = await ChangeAsync(before, async () =>
        {
            var step = new Step(await calendars.GetAsync(), time.GetUtcNow());
            if (await Filing.LoadContextAsync(command.CenterNumber, command.CandidateKey, command.ProgramCode) is not { } context)
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
            await Filing.Candidate(Case).AddCase(CaseId);
            return null;
        });
        return refused is null ? await CommitAsync(before) : new CaseResult(EmptyView(command), refused);
    }

    private static readonly Refusal AlreadyApplied = Refusal.Of(Rule.P4, "AlreadyApplied");

    private CaseView EmptyView(SubmitApplication command) => CaseViews.Unapplied(CaseId, command);

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

        if (command.ReceivedOn > step.Today || sentOn is null || command.ReceivedOn < KazakhstanTime.DateOf(sentOn.Value))
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

    public Task<CaseResult> SendRemarks(SendRemarks command) => Act(command.CommandId, command.By, ReviewStage.SendRemarks(command));

    public Task<CaseResult> Resubmit(Resubmit command) => Act(command.CommandId, command.By, ReviewStage.Resubmit(command));

    public Task<CaseResult> SignMotivatedRefusal(CaseCommand command) => Act(command.CommandId, command.By, ReviewStage.SignMotivatedRefusal(command));

    public Task<CaseResult> ConcludeContract(CaseCommand command) => Act(command.CommandId, command.By, ReviewStage.ConcludeContract());

    public Task<CaseResult> ScheduleExam(ScheduleExam command) => Act(command.CommandId, command.By, SchedulingStage.ScheduleExam(command));

    public Task<CaseResult> ReportSickLeave(CaseCommand command) => Act(command.CommandId, command.By, SchedulingStage.ReportSickLeave());

    public Task<CaseResult> ReportTechnicalFailure(CaseCommand command) => Act(command.CommandId, command.By, SchedulingStage.ReportTechnicalFailure());

    public Task<CaseResult> StartExam(CaseCommand command) => Act(command.CommandId, command.By, ExamStage.StartExam());

    public Task<CaseResult> CompleteProcedure(CompleteProcedure command) => Act(command.CommandId, command.By, ExamStage.CompleteProcedure(command));

    public Task<CaseResult> RecordProtocol(ProtocolDecision decision) => Act(decision.CommandId, decision.By, ExamStage.RecordProtocol(decision));

    public Task<CaseResult> SendFailureNotice(SendFailureNotice command) => Act(command.CommandId, command.By, DecisionStage.SendFailureNotice(command));

    public Task<CaseResult> Retake(CaseCommand command) => Act(command.CommandId, command.By, DecisionStage.Retake());

    public Task<CaseResult> Withdraw(CaseCommand command) => Act(command.CommandId, command.By, DecisionStage.Withdraw());

    public Task<CaseResult> FileAppeal(FileAppeal command) => Act(command.CommandId, command.By, AppealStage.FileAppeal(command));

    public async Task<CaseResult> RegisterAppeal(RegisterAppeal command)
    {
        // Read before the action: the commission named (P21) and who decided the case (P21-1), checked by the domain.
        var panel = Case.Exists && command.AppealCommissionId is not null ? await AppealPanel.LoadAsync(GrainFactory, command.AppealCommissionId, Case.Protocol) : null;
        return await Act(command.CommandId, command.By, AppealStage.RegisterAppeal(command, panel));
    }

    public Task<CaseResult> DecideAppeal(DecideAppeal command) => Act(command.CommandId, command.By, AppealStage.DecideAppeal(command));

    public Task<CaseResult> ChooseExamLanguage(ChooseExamLanguage command) => NoteAsync(command.CommandId, command.By, PreparationStage.ChooseExamLanguage(command));

    public Task<CaseResult> HandInSickLeaveSheet(HandInSickLeaveSheet command) => NoteAsync(command.CommandId, command.By, PreparationStage.HandInSickLeaveSheet(command));

    public Task<CaseResult> RecordSickLeaveSheetReceived(CaseCommand command) => NoteAsync(command.CommandId, command.By, PreparationStage.RecordSickLeaveSheetReceived());

    public Task<CaseResult> StartOfflineExam(StartOfflineExam command) => Act(command.CommandId, command.By, PreparationStage.StartOfflineExam(command));

    public Task<CaseExaminers?> Examiners() => Task.FromResult(Case.Exists
        ? new CaseExaminers(Case.CenterNumber, Case.Protocol?.CommissionId, [.. Case.Protocol?.SignedBy ?? []])
        : null);

    /// <summary>Step 16 (P22): the appeal protocol, kept 3 years from signing, destroyed on the head's decision.</summary>
    public async Task<CaseResult> DestroyAppealProtocol(CaseCommand command)
    {
        if (Admit(command.CommandId, command.By) is { } early)
        {
            return early;
        }

        await CatchUpAsync(time.GetUtcNow());
        if (PreparationStage.CheckProtocolDestruction(Case, command.By) is { } refusal)
        {
            return Refused(refusal);
        }

        // The protocol's document id is the id of the decision that produced it.
        await Filing.Candidate(Case).Remove(Case.AppealDecision!.CommandId);
        var before = Snapshot();
        Record(command.CommandId, command.By, "AppealProtocolDestroyed", Rule.P22, time.GetUtcNow());
        return await CommitAsync(before);
    }

    /// <summary>Records a command that changes no state of the table; a refusal or a failure leaves the state as it was.</summary>
    private async Task<CaseResult> NoteAsync(Guid commandId, Actor by, CaseNote note)
    {
        if (Admit(commandId, by) is { } early)
        {
            return early;
        }

        if (note.Check(Case) is { } refused)
        {
            return Refused(refused);
        }

        var before = Snapshot();
        var failed = await ChangeAsync(before, () =>
        {
            note.Effect(Case);
            Record(commandId, by, note.What, note.Rule, time.GetUtcNow());
            return Task.FromResult<Refusal?>(null);
        });
        return failed is null ? await CommitAsync(before) : Refused(failed);
    }

    /// <summary>Applies a stage's decision through the pipeline, giving it the case as it is at each moment.</summary>
    private Task<CaseResult> Act(Guid commandId, Actor by, StageCommand command)
    {
        var document = command.Document;
        return Act(
            commandId, by, command.Action,
            command.Check is { } check ? step => check(Context(step)) : null,
            step => command.Effect(Context(step)),
            document is null ? null : (step, context) => document(Context(step), context));
    }

    private CommandContext Context(Step step) => new(Case, step, CaseId, Filing.CommissionAsync);
}
