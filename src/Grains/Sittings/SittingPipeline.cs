using Orleans.Utilities;
using Platform.Domain.Procedure;
using Platform.Domain.Proctoring;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// How a sitting applies a command: a repeated command answers the sitting unchanged to its sender alone; the table
/// (<see cref="SittingProcedure"/>), then the action's own check, may refuse it; otherwise the fact is logged in the
/// <see cref="SittingJournal"/>, the change written, and the grain's follow-ups run. Also what every part of the sitting
/// shares: its state, its clock, its observers and its view.
/// </summary>
internal sealed class SittingPipeline(
    IPersistentState<ExamSessionState> state,
    SittingJournal journal,
    TimeProvider time,
    string sittingId,
    ObserverManager<ISittingObserver> observers,
    Func<ViolationOutcome> outcome,
    Func<Task> followUp)
{
    private const int AppliedCommandsKept = 64;

    public static readonly Refusal NotOpened = Refusal.Of(Rule.P6, "NoSitting");

    private static readonly Refusal CommandIdTaken = Refusal.Of(Rule.CommandIdTaken, "CommandIdTaken");

    public ExamSessionState S => state.State;

    public SittingJournal Journal => journal;

    public string SittingId => sittingId;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The drawn ticket's texts, read from the program version and held in memory (the state keeps its question ids).</summary>
    public SittingTicket Ticket { get; } = new();

    /// <summary>The theory stage over the current state (a fresh one each time: a recovery reads the state anew).</summary>
    public TheoryStage Theory => new(S, time, Ticket);

    public Actor Self => new(SittingId, "sitting", S.CenterNumber);

    public Task Notify(Func<ISittingObserver, Task> news) => observers.Notify(news);

    /// <summary>
    /// Issue 17: what an observer the sitting did not hold hears at once, in the words of the live news: the state, then
    /// the end (P13) or the warning not yet delivered (P13: a second violation counts only after its delivery). Each is
    /// harmless to its listener when repeated.
    /// </summary>
    public async Task CatchUpAsync(ISittingObserver observer)
    {
        await observer.StateChanged(SittingId, S.Status, Theory.TimeLeft());
        if (S.Status is SittingState.Terminated or SittingState.Removed)
        {
            await observer.Ended(SittingId, S.Status, Rule.P13.Id);
        }
        else if (S.Warnings.FirstOrDefault(w => w.DeliveredAt is null) is { } pending)
        {
            await observer.WarningIssued(SittingId, pending);
        }
    }

    /// <summary>Applies one transition of the table whose check passes on nothing to the fact and the change.</summary>
    public Task<SittingResult> Act(
        Guid commandId, Actor by, SittingAction action, Func<Task<Refusal?>>? check, Func<DateTimeOffset, SittingEvent> fact, Action<DateTimeOffset> effect) =>
        Act(
            commandId, by, action,
            async () => new Checked<string>(string.Empty, check is null ? null : await check()),
            (_, now) => fact(now), (_, now) => effect(now));

    /// <summary>Applies one transition of the table, with a check that passes on a value (the drawn ticket, the score) to the fact and the change.</summary>
    public async Task<SittingResult> Act<T>(
        Guid commandId, Actor by, SittingAction action, Func<Task<Checked<T>>> check, Func<T, DateTimeOffset, SittingEvent> fact, Action<T, DateTimeOffset> effect)
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

        // P6: judged at the instant, whether or not the day-end reminder has fired; the sitting's own acts close it.
        if (by.Subject != SittingId && SittingDayEnd.CheckDay(S, Now) is { } dayOver)
        {
            return Refused(dayOver);
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
        return await CommitAsync(commandId, by, fact(value, now), () =>
        {
            S.Status = transition.State;
            effect(value, now);
        });
    }

    /// <summary>Logs the command's fact, makes its change, remembers its id, writes, runs the follow-ups and answers the sitting.</summary>
    public async Task<SittingResult> CommitAsync(Guid commandId, Actor by, SittingEvent fact, Action change)
    {
        await Journal.CommitAsync([fact], () =>
        {
            change();
            Remember(commandId, by);
        });
        await followUp();
        return Answer();
    }

    /// <summary>After a transition: the theory clock, the observers, the case and the personal file hear of it.</summary>
    public Task FollowUpAsync() => followUp();

    /// <summary>
    /// A command id already applied: its sender's repeat answers the sitting unchanged; the same id from anyone else is
    /// a conflict that shows nothing of the sitting. Null when the command is new.
    /// </summary>
    public SittingResult? Repeated(Guid commandId, Actor? by)
    {
        if (!S.AppliedCommands.Contains(commandId))
        {
            return null;
        }

        return by is not null && S.AppliedBy.TryGetValue(commandId, out var sender) && sender == by.Subject
            ? Answer()
            : new SittingResult(null, CommandIdTaken);
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

    public SittingResult Answer() => new(View());

    public SittingResult Refused(Refusal refusal) => new(S.Exists ? View() : null, refusal);

    /// <summary>The sitting as the commission and the center see it (no answer key, no name, no IIN).</summary>
    public SittingView View()
    {
        var theory = Theory;
        return new(
            SittingId, S.CaseId, S.CenterNumber, S.Mode, S.Language, S.ScheduledStart, S.Status, S.CheckIn,
            theory.Deadline, S.ExtraTimeMinutes, theory.TimeLeft(), S.Answers.Count, SittingTicket.SizeOf(S), S.Scores,
            S.Exists ? outcome() : ViolationOutcome.Clear,
            [.. S.Warnings], [.. S.Suspicious], S.Telemetry, S.ViolationAct, S.SignedAct is not null, S.CaseRefusal,
            S.LastSequence, S.Version, S.ProgramVersion, S.OutageCreditedSeconds);
    }
}
