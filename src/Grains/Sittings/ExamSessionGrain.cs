using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Serialization.Invocation;
using Orleans.Utilities;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Hosting;

namespace Platform.Grains.Sittings;

/// <summary>
/// One sitting of a case (SPEC §5): loads its state, hands each call to its collaborator, persists and notifies.
/// Transitions follow <see cref="SittingProcedure"/> through <see cref="SittingPipeline"/>; each is recorded in the
/// sitting's hash-chained event log (<see cref="SittingJournal"/>) and written with the grain state before it is
/// answered; hot facts are durable through the log alone and replayed from it on activation. The calls of each stage
/// are made by <see cref="SittingCheckIn"/>, <see cref="SittingTheory"/>, <see cref="SittingPractical"/>,
/// <see cref="SittingProctoring"/> and <see cref="SittingViolationAct"/>; what the case hears by <see cref="SittingCaseLink"/>.
/// </summary>
[MayInterleave(nameof(MayInterleave))]
public sealed class ExamSessionGrain(
    [PersistentState("exam-session", PlatformDatabase.GrainStorage)] IPersistentState<ExamSessionState> state,
    ISittingEventLog eventLog,
    ISittingWakeups wakeups,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time,
    ILogger<ExamSessionGrain> logger) : Grain, IExamSessionGrain, IRemindable
{
    private readonly ObserverManager<ISittingObserver> _observers = new(TimeSpan.FromMinutes(5), logger);

    private SittingState? _reportedStatus;
    private SittingJournal? _journal;
    private SittingPipeline? _pipeline;
    private SittingCaseLink? _link;
    private SittingCheckIn? _checkIn;
    private SittingTheory? _theory;
    private SittingPractical? _practical;
    private SittingProctoring? _proctoring;
    private SittingViolationAct? _act;
    private SittingDayEnd? _dayEnd;
    private SittingWakeup? _wakeup;

    private ExamSessionState S => state.State;

    private string SittingId => this.GetPrimaryKeyString();

    /// <summary>The hash-chained event log; it feeds each policy input to proctoring, and a read-back state drops the cached policy.</summary>
    private SittingJournal Journal => _journal ??= new(state, eventLog, time, SittingId, input => Proctoring.Observe(input), () => Proctoring.Forget());

    private SittingPipeline Pipeline => _pipeline ??= new(state, Journal, time, SittingId, _observers, () => Proctoring.Policy.Outcome, FollowUpAsync);

    private SittingCaseLink Link => _link ??= new(Pipeline, GrainFactory, logger);

    private SittingCheckIn CheckInCalls => _checkIn ??= new(Pipeline, Link);

    private SittingTheory Theory => _theory ??= new(
        Pipeline, Link, new GrainReminderRegistry(this), (work, due) => new ProcedureDeadlineTimer(this, time, work, due));

    private SittingPractical Practical => _practical ??= new(Pipeline, Link);

    private SittingProctoring Proctoring => _proctoring ??= new(Pipeline, Link, () => Theory.ExpireIfDueAsync());

    private SittingDayEnd DayEnd => _dayEnd ??= new(
        Pipeline, Link, Theory, new GrainReminderRegistry(this), (work, due) => this.RegisterGrainTimer(_ => work(), due, Timeout.InfiniteTimeSpan));

    private SittingWakeup Wakeup => _wakeup ??= new(Pipeline, wakeups);

    private SittingViolationAct ViolationActCalls => _act ??= new(Pipeline, Link, GrainFactory, time, () => Proctoring.Policy);

    /// <summary>
    /// The day-end reminder's delivery interleaves (its handler only starts the closing in a turn of its own, or removes
    /// the reminder): the reminder service waits for it, so it never waits behind a call that is telling the case.
    /// </summary>
    public static bool MayInterleave(IInvokable request) =>
        request.GetMethodName() == nameof(IRemindable.ReceiveReminder) && request.GetArgumentCount() > 0 && request.GetArgument(0) is SittingDayEnd.Clock;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Exists)
        {
            await Journal.ReplayTailAsync(cancellationToken);
            // The ticket's texts are not in the state: read once, while answers can still come or the theory be scored.
            if (S.Status == SittingState.TheoryOpen)
            {
                await Theory.ReadTicketAsync();
            }

            // Whatever a crash interrupted after the last write is done again; each step is idempotent.
            await Theory.ExpireIfDueAsync();
            DayEnd.CloseSoonIfOver();
            Wakeup.Activated();
            await FollowUpAsync();
        }
    }

    public async Task<SittingView?> Get()
    {
        await Theory.ExpireIfDueAsync();
        return S.Exists ? Pipeline.View() : null;
    }

    // Opening and check-in (P6, P8, P2.8).
    public Task<SittingResult> Open(OpenSitting command) => CheckInCalls.Open(command);
    public Task<SittingResult> CheckIn(CheckIn command) => CheckInCalls.CheckIn(command);
    public Task<SittingResult> VerifyIdentity(SittingCommand command) => CheckInCalls.VerifyIdentity(command);
    public Task<SittingResult> CompleteRoomScan(SittingCommand command) => CheckInCalls.CompleteRoomScan(command);

    // The theory stage (P9-P11, P15).
    public Task<SittingResult> OpenTheory(SittingCommand command) => Theory.Open(command);
    public Task<TheorySheet?> Resume() => Theory.Resume();
    public Task<AnswerReceipt> SaveAnswer(SaveAnswer answer) => Theory.SaveAnswer(answer);
    public Task<SittingResult> GrantExtraTime(GrantExtraTime command) => Theory.GrantExtraTime(command);
    public Task<SittingResult> CreditOutage(CreditOutage window) => Theory.CreditOutage(window);
    public Task<SittingResult> SubmitTheory(SittingCommand command) => Theory.Submit(command);
    /// <summary>
    /// The sweep's wake-up (nobody acted): the time limit and the day end are enforced as any call enforces them, and
    /// the row is written again (removed if the sitting is closed: a row a crash left behind goes).
    /// </summary>
    public async Task Wake()
    {
        await Theory.ExpireIfDueAsync();
        DayEnd.CloseSoonIfOver();
        await Wakeup.KeepAsync(again: Wakeup.Due is null);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        reminderName == SittingDayEnd.Clock ? DayEnd.ReceiveReminderAsync() : Theory.ReceiveReminder(reminderName);

    // The practical stage and technical failure (P11, P16, P17).
    public Task<SittingResult> MarkStep(MarkStep command) => Practical.MarkStep(command);
    public Task<SittingResult> CompletePractical(SittingCommand command) => Practical.Complete(command);
    public Task<SittingResult> ReportTechnicalFailure(SittingCommand command) => Practical.ReportTechnicalFailure(command);

    // Proctoring and the violation policy (P2.8, P12-P14).
    public Task<IngestReceipt> Ingest(IReadOnlyList<ProctoringEvent> events) => Proctoring.Ingest(events);
    public Task<SittingResult> AcknowledgeWarningDelivered() => Proctoring.AcknowledgeWarningDelivered();
    public Task<SittingResult> ConfirmViolation(ConfirmViolation command) => Proctoring.ConfirmViolation(command);
    public Task<SittingResult> SignViolationAct(SignViolationAct command) => ViolationActCalls.Sign(command);

    public Task<SittingLogExport> ExportEventLog() => Journal.ExportAsync(S.Exists);

    /// <summary>After a transition: the theory clock and the wake-up; the observers, the case and the personal file hear of it.</summary>
    private async Task FollowUpAsync()
    {
        Theory.ArmClock();
        await Wakeup.KeepAsync();
        if (_reportedStatus != S.Status)
        {
            _reportedStatus = S.Status;
            await _observers.Notify(o => o.StateChanged(SittingId, S.Status, Pipeline.Theory.TimeLeft()));
        }

        await ViolationActCalls.EnsureDraftedAsync();
        await Link.SendCallsAsync();
        await ViolationActCalls.FileSignedAsync();
    }

    /// <summary>
    /// Subscribes or renews an observer. One this activation did not hold (a new watcher, or one lost when the sitting
    /// moved to another silo or let it expire) hears the sitting as it stands at once: news raised meanwhile went to
    /// nobody (issue 17).
    /// </summary>
    public async Task Subscribe(ISittingObserver observer)
    {
        _observers.ClearExpired();
        var held = _observers.Observers.ContainsKey(observer);
        _observers.Subscribe(observer, observer);
        if (!held && S.Exists)
        {
            await Pipeline.CatchUpAsync(observer);
        }
    }

    public Task Unsubscribe(ISittingObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
