using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Hosting;

namespace Platform.Grains.Sittings;

/// <summary>
/// One sitting of a case (SPEC §5). Transitions follow <see cref="SittingProcedure"/>; each is recorded in the
/// sitting's hash-chained event log (<see cref="SittingJournal"/>) and written with the grain state before it is
/// answered; hot facts are durable through the log alone and replayed from it on activation. The stages' calls are
/// in <c>.CheckIn.cs</c>, <c>.Theory.cs</c>, <c>.Practical.cs</c> (and the case), <c>.Proctoring.cs</c>, <c>.ViolationAct.cs</c>.
/// </summary>
public sealed partial class ExamSessionGrain(
    [PersistentState("exam-session", PlatformDatabase.GrainStorage)] IPersistentState<ExamSessionState> state,
    ISittingEventLog eventLog,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time,
    ILogger<ExamSessionGrain> logger) : Grain, IExamSessionGrain, IRemindable
{
    private const int AppliedCommandsKept = 64;

    private static readonly Refusal NotOpened = Refusal.Of(Rule.P6, "NoSitting");

    private readonly ObserverManager<ISittingObserver> _observers = new(TimeSpan.FromMinutes(5), logger);

    private ExamSessionState S => state.State;

    private string SittingId => this.GetPrimaryKeyString();

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The theory stage over the current state (a fresh one each time: a recovery reads the state anew).</summary>
    private TheoryStage Theory => new(S, time);

    private Actor Self => new(SittingId, "sitting", S.CenterNumber);

    /// <summary>The hash-chained event log; a read-back state drops the cached violation policy.</summary>
    private SittingJournal Journal => _journal ??= new(state, eventLog, time, SittingId, Observe, () => _policy = null);

    private SittingJournal? _journal;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Exists)
        {
            await Journal.ReplayTailAsync(cancellationToken);
            // Whatever a crash interrupted after the last write is done again; each step is idempotent.
            await ExpireIfDueAsync();
            await ArmTheoryClockAsync();
            await FollowUpAsync();
        }
    }

    public async Task<SittingView?> Get()
    {
        await ExpireIfDueAsync();
        return S.Exists ? View() : null;
    }

    /// <summary>
    /// Applies one transition of the table: a repeated command answers the sitting unchanged to its sender alone; the table, then the
    /// action's own check, may refuse it; otherwise the fact is logged, the change written, and the follow-ups run.
    /// </summary>
    private Task<SittingResult> Act(
        Guid commandId, Actor by, SittingAction action, Func<Task<Refusal?>>? check, Func<DateTimeOffset, Events.SittingEvent> fact, Action<DateTimeOffset> effect) =>
        Act(
            commandId, by, action,
            async () => new Checked<string>(string.Empty, check is null ? null : await check()),
            (_, now) => fact(now), (_, now) => effect(now));

    /// <summary>As above, with a check that passes on a value (the drawn ticket, the score) to the fact and the change.</summary>
    private async Task<SittingResult> Act<T>(
        Guid commandId, Actor by, SittingAction action, Func<Task<Checked<T>>> check, Func<T, DateTimeOffset, Events.SittingEvent> fact, Action<T, DateTimeOffset> effect)
        where T : class
    {
        if (!S.Exists)
        {
            return Refused(NotOpened);
        }

        if (Repeated(commandId, by) is { } repeated)
        {
            return repeated;
        }

        var transition = SittingProcedure.Apply(S.Mode, S.Status, action);
        if (transition.Refusal is { } refusedByTable)
        {
            return Refused(refusedByTable);
        }

        var checkedValue = await check();
        if (checkedValue.Refusal is { } refused)
        {
            return Refused(refused);
        }

        var (value, now) = (checkedValue.Value!, Now);
        await Journal.CommitAsync([fact(value, now)], () =>
        {
            S.Status = transition.State;
            effect(value, now);
            Remember(commandId, by);
        });
        await FollowUpAsync();
        return new SittingResult(View());
    }

    private void Remember(Guid commandId, Actor by)
    {
        S.AppliedCommands.Add(commandId);
        S.AppliedBy[commandId] = by.Subject;
        if (S.AppliedCommands.Count > AppliedCommandsKept)
        {
            S.AppliedBy.Remove(S.AppliedCommands[0]);
            S.AppliedCommands.RemoveAt(0);
        }
    }

    /// <summary>
    /// A command id already applied: its sender's repeat answers the sitting unchanged; the same id from anyone else is
    /// a conflict that shows nothing of the sitting. Null when the command is new.
    /// </summary>
    private SittingResult? Repeated(Guid commandId, Actor? by)
    {
        if (!S.AppliedCommands.Contains(commandId))
        {
            return null;
        }

        return by is not null && S.AppliedBy.TryGetValue(commandId, out var sender) && sender == by.Subject
            ? new SittingResult(View())
            : new SittingResult(null, CommandIdTaken);
    }

    private static readonly Refusal CommandIdTaken = Refusal.Of(Rule.CommandIdTaken, "CommandIdTaken");

    /// <summary>After a transition: the theory clock, the observers, the case and the personal file hear of it.</summary>
    private async Task FollowUpAsync()
    {
        await ArmTheoryClockAsync();
        if (_reportedStatus != S.Status)
        {
            _reportedStatus = S.Status;
            await _observers.Notify(o => o.StateChanged(SittingId, S.Status, Theory.TimeLeft()));
        }

        await EnsureViolationActDraftedAsync();
        await SendCaseCallsAsync();
        await FileSignedActAsync();
    }

    private SittingState? _reportedStatus;

    public Task<SittingLogExport> ExportEventLog() => Journal.ExportAsync(S.Exists);

    /// <summary>The sitting as the commission and the center see it (no answer key, no name, no IIN).</summary>
    private SittingView View() => new(
        SittingId,
        S.CaseId,
        S.CenterNumber,
        S.Mode,
        S.Language,
        S.ScheduledStart,
        S.Status,
        S.CheckIn,
        Theory.Deadline,
        S.ExtraTimeMinutes,
        Theory.TimeLeft(),
        S.Answers.Count,
        S.Ticket.Count,
        S.Scores,
        S.Exists ? Policy.Outcome : ViolationOutcome.Clear,
        [.. S.Warnings],
        [.. S.Suspicious],
        S.Telemetry,
        S.ViolationAct,
        S.SignedAct is not null,
        S.CaseRefusal,
        S.LastSequence,
        S.Version);

    private SittingResult Refused(Refusal refusal) => new(S.Exists ? View() : null, refusal);

    public Task Subscribe(ISittingObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ISittingObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
