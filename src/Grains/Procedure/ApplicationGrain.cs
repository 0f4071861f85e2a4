using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Certificates;
using Platform.Grains.Programs;
using Platform.Hosting;

namespace Platform.Grains.Procedure;

/// <summary>
/// A recognition case: loads its state, hands each command to its collaborator, persists and notifies. Each action of
/// the transition table is decided by its stage (<see cref="ReviewStage"/>, <see cref="SchedulingStage"/>,
/// <see cref="ExamStage"/>, <see cref="DecisionStage"/>, <see cref="AppealStage"/>, <see cref="PreparationStage"/>) and
/// applied by <see cref="CasePipeline"/>; the deadlines are kept by <see cref="CaseDeadlines"/> and armed by
/// <see cref="DeadlineReminders"/> as the case's rows in <see cref="ICaseWakeups"/>, which <see cref="CaseSweepGrain"/>
/// wakes (issue 16: no Orleans reminder, so the grain is not remindable); the certificate is issued by <see cref="CertificateIssuance"/>; the documents are
/// filed by <see cref="CaseFiling"/>. The projection, from which the center's lists and deadline board are read, is
/// written after every change.
/// </summary>
public sealed class ApplicationGrain(
    [PersistentState("case", PlatformDatabase.GrainStorage)] IPersistentState<CaseState> state,
    CalendarSource calendars,
    ICaseProjection projection,
    ICaseWakeups wakeups,
    DeepCopier copier,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time) : Grain, IApplicationGrain
{
    private DeadlineReminders? _reminders;
    private CaseFiling? _filing;
    private CertificateIssuance? _certificates;
    private CasePipeline? _pipeline;

    private CaseState Case => state.State;

    private string CaseId => this.GetPrimaryKeyString();

    private DeadlineReminders Reminders => _reminders ??= new(new CaseWakeupRegistry(wakeups, CaseId, time), time);

    private CaseFiling Filing => _filing ??= new(GrainFactory);

    private CasePipeline Pipeline => _pipeline ??= new(state, copier, calendars, time, Filing, CaseId, CatchUpAsync, CommitAsync);

    private CertificateIssuance Certificates => _certificates ??= new(
        new GrainCertificateRegistrar(GrainFactory),
        () => ServiceProvider.GetRequiredService<ICertificateSeal>(),
        ServiceProvider.GetRequiredService<ILogger<ApplicationGrain>>(),
        work => this.RegisterGrainTimer(_ => work(), new GrainTimerCreationOptions(CertificateIssuance.RetryPeriod, CertificateIssuance.RetryPeriod) { KeepAlive = true }));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Case.Exists)
        {
            // Whatever a crash interrupted after the last state write is done again; each step is idempotent.
            await Reminders.ArmAsync(Case.Deadlines, reconcile: true);
            await FilePendingDocumentsAsync();
            await Certificates.CompleteAsync(state);
            await projection.WriteAsync(CaseViews.Of(CaseId, Case), time.GetUtcNow(), cancellationToken);
        }
    }

    public Task<CaseView?> Get() => Task.FromResult(Case.Exists ? CaseViews.Of(CaseId, Case) : null);

    public Task<CaseExaminers?> Examiners() => Task.FromResult(Case.Exists
        ? new CaseExaminers(Case.CenterNumber, Case.Protocol?.CommissionId, [.. Case.Protocol?.SignedBy ?? []])
        : null);

    // Step 1 (P4) and the steps 2-4 of the review (P4, P5).
    public Task<CaseResult> Submit(SubmitApplication command) => Pipeline.SubmitAsync(command);
    public Task<CaseResult> SendRemarks(SendRemarks command) => Pipeline.ActAsync(command.CommandId, command.By, ReviewStage.SendRemarks(command));
    public Task<CaseResult> Resubmit(Resubmit command) => Pipeline.ActAsync(command.CommandId, command.By, ReviewStage.Resubmit(command));
    public Task<CaseResult> SignMotivatedRefusal(CaseCommand command) => Pipeline.ActAsync(command.CommandId, command.By, ReviewStage.SignMotivatedRefusal(command));
    public Task<CaseResult> ConcludeContract(CaseCommand command) => Pipeline.ActAsync(command.CommandId, command.By, ReviewStage.ConcludeContract());

    // Steps 5-6 and what comes before the exam (P6-P9, P11).
    public Task<CaseResult> ScheduleExam(ScheduleExam command) => Pipeline.ActAsync(command.CommandId, command.By, SchedulingStage.ScheduleExam(command));
    public Task<CaseResult> ReportSickLeave(CaseCommand command) => Pipeline.ActAsync(command.CommandId, command.By, SchedulingStage.ReportSickLeave());
    public Task<CaseResult> ReportTechnicalFailure(CaseCommand command) => Pipeline.ActAsync(command.CommandId, command.By, SchedulingStage.ReportTechnicalFailure());
    public Task<CaseResult> ChooseExamLanguage(ChooseExamLanguage command) => Pipeline.NoteAsync(command.CommandId, command.By, PreparationStage.ChooseExamLanguage(command));
    public Task<CaseResult> HandInSickLeaveSheet(HandInSickLeaveSheet command) => Pipeline.NoteAsync(command.CommandId, command.By, PreparationStage.HandInSickLeaveSheet(command));
    public Task<CaseResult> RecordSickLeaveSheetReceived(CaseCommand command) => Pipeline.NoteAsync(command.CommandId, command.By, PreparationStage.RecordSickLeaveSheetReceived());

    // Steps 7-10: the exam, its results and the protocol (P6, P8, P13-P17).
    public Task<CaseResult> StartExam(CaseCommand command) => Pipeline.ActAsync(command.CommandId, command.By, ExamStage.StartExam());
    public async Task<CaseResult> StartOfflineExam(StartOfflineExam command)
    {
        // SPEC §5: the exam keeps the program version it opened under, as an online sitting does; a later upload changes it not.
        var version = Case.Exists ? (await GrainFactory.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(Case.ProgramCode)).GetSummary())?.Version : null;
        return await Pipeline.ActAsync(command.CommandId, command.By, PreparationStage.StartOfflineExam(command, version));
    }

    public Task<CaseResult> CompleteProcedure(CompleteProcedure command) => Pipeline.ActAsync(command.CommandId, command.By, ExamStage.CompleteProcedure(command));
    public Task<CaseResult> DrawUpViolationAct(DrawUpViolationAct command) =>
        Pipeline.NoteWithContextAsync(command.CommandId, command.By, (step, context) => ViolationStage.DrawUp(command, CaseId, context, step));
    public Task<CaseResult> RecordProtocol(ProtocolDecision decision) => Pipeline.ActAsync(decision.CommandId, decision.By, ExamStage.RecordProtocol(decision));

    // Steps 11b-12: a failed exam, a retake or a withdrawal (P19, P20).
    public Task<CaseResult> SendFailureNotice(SendFailureNotice command) => Pipeline.ActAsync(command.CommandId, command.By, DecisionStage.SendFailureNotice(command));
    public Task<CaseResult> RecordResultsReceived(RecordResultsReceived command) => Pipeline.NoteAtAsync(command.CommandId, command.By, step => DecisionStage.RecordResultsReceived(command, step));
    public Task<CaseResult> Retake(CaseCommand command) => Pipeline.ActAsync(command.CommandId, command.By, DecisionStage.Retake());
    public Task<CaseResult> Withdraw(CaseCommand command) => Pipeline.ActAsync(command.CommandId, command.By, DecisionStage.Withdraw());

    // Steps 13-15: the appeal (P20-P23).
    public Task<CaseResult> FileAppeal(FileAppeal command) => Pipeline.ActAsync(command.CommandId, command.By, AppealStage.FileAppeal(command));
    public Task<CaseResult> DecideAppeal(DecideAppeal command) => Pipeline.ActAsync(command.CommandId, command.By, AppealStage.DecideAppeal(command));

    public async Task<CaseResult> RegisterAppeal(RegisterAppeal command)
    {
        // Read before the action: the commission named (P21) and who decided the case (P21-1), checked by the domain.
        var panel = Case.Exists && command.AppealCommissionId is not null ? await AppealPanel.LoadAsync(GrainFactory, command.AppealCommissionId, Case.Protocol) : null;
        return await Pipeline.ActAsync(command.CommandId, command.By, AppealStage.RegisterAppeal(command, panel));
    }

    /// <summary>Step 16 (P22): the appeal protocol, kept 3 years from signing, destroyed on the head's decision.</summary>
    public async Task<CaseResult> DestroyAppealProtocol(CaseCommand command)
    {
        if (Pipeline.Admit(command.CommandId, command.By) is { } early)
        {
            return early;
        }

        await CatchUpAsync(time.GetUtcNow());
        if (PreparationStage.CheckProtocolDestruction(Case, command.By) is { } refusal)
        {
            return Pipeline.Refused(refusal);
        }

        // The protocol's document id is the id of the decision that produced it.
        await Filing.Candidate(Case).Remove(Case.AppealDecision!.CommandId);
        var change = Pipeline.Begin();
        Pipeline.Record(command.CommandId, command.By, "AppealProtocolDestroyed", Rule.P22, time.GetUtcNow());
        return await CommitAsync(change);
    }

    /// <summary>Step 11a (P18, App.2): the head issues the recognition document; its registration follows the write.</summary>
    public async Task<CaseResult> IssueCertificate(CaseCommand command)
    {
        if (Pipeline.Admit(command.CommandId, command.By) is { } early)
        {
            return early;
        }

        await CatchUpAsync(time.GetUtcNow());
        if (CertificateIssuance.Check(Case.Status, command.By) is { } refusal)
        {
            return Pipeline.Refused(refusal);
        }

        if (await Filing.LoadContextAsync(Case) is not { } context)
        {
            return Pipeline.Refused(CaseAdmission.NotRegistered);
        }

        var step = await Pipeline.StepAsync(time.GetUtcNow());
        var certificate = await Certificates.SealAsync(Case, CaseId, context, step.Today);
        var change = Pipeline.Begin();
        CertificateIssuance.Issue(Case, CaseId, certificate, step);
        Pipeline.Produce(command.CommandId, certificate, step.Now);
        Pipeline.Record(command.CommandId, command.By, nameof(ApplicationAction.IssueCertificate), CertificateIssuance.Recorded, step.Now);
        var result = await CommitAsync(change);
        await Certificates.TryCompleteAsync(state, CaseId);
        return result;
    }

    /// <summary>Issue 16: the sweep found the deadline's row due; what the deadline's reminder did when it fired.</summary>
    public Task Wake(string kind) => Reminders.WakeAsync(kind, () => Case, CommitChangeAsync);

    private Task CatchUpAsync(DateTimeOffset now) => DeadlineReminders.CatchUpAsync(() => Case, now, CommitChangeAsync);

    private async Task CommitChangeAsync(Action change)
    {
        var transaction = Pipeline.Begin();
        change();
        await CommitAsync(transaction);
    }

    /// <summary>
    /// Writes the changed state, the wake-ups of new or earlier deadline instants first (so no running deadline is ever
    /// without its wake-up, even across a crash), then the reminders follow the deadlines, the documents are filed and
    /// the projection written.
    /// </summary>
    private async Task<CaseResult> CommitAsync(CaseTransaction change)
    {
        await change.WriteAsync(() => Reminders.ArmAheadAsync(Case.Deadlines));
        await Reminders.ArmAsync(Case.Deadlines, reconcile: false);
        await FilePendingDocumentsAsync();
        await projection.WriteAsync(CaseViews.Of(CaseId, Case), time.GetUtcNow());
        return new CaseResult(CaseViews.Of(CaseId, Case));
    }

    private async Task FilePendingDocumentsAsync()
    {
        if (await Filing.FilePendingAsync(Case))
        {
            await state.WriteStateAsync();
        }
    }
}
