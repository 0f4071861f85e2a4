using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Platform.Domain.Calendar;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using Platform.Hosting;

namespace Platform.Grains.Procedure;

/// <summary>
/// A recognition case: applies each action through the transition table of the Rules
/// (<see cref="ApplicationProcedure"/>), runs its statutory deadlines as reminders and writes its projection, from
/// which the center's lists and deadline board are read.
/// Each action of the table is decided by its stage (<see cref="ReviewStage"/>, <see cref="SchedulingStage"/>,
/// <see cref="ExamStage"/>, <see cref="DecisionStage"/>, <see cref="AppealStage"/>) and applied here with a
/// <see cref="CommandContext"/> (<c>ApplicationGrain.Commands.cs</c>); the deadlines are kept by
/// <see cref="CaseDeadlines"/> and armed by <see cref="DeadlineReminders"/>, the certificate issued by <see cref="CertificateIssuance"/>.
/// </summary>
public sealed partial class ApplicationGrain(
    [PersistentState("case", PlatformDatabase.GrainStorage)] IPersistentState<CaseState> state,
    CalendarSource calendars,
    ICaseProjection projection,
    DeepCopier copier,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time) : Grain, IApplicationGrain, IRemindable
{
    private DeadlineReminders? _reminders;

    private CaseFiling? _filing;

    private CaseState Case => state.State;

    /// <summary>The deadlines of the state as it is now (a refused command puts back another state object).</summary>
    private CaseDeadlines Deadlines => new(Case);

    private DeadlineReminders Reminders => _reminders ??= new(new GrainReminderRegistry(this), time);

    private CaseFiling Filing => _filing ??= new(GrainFactory);

    private string CaseId => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Case.Exists)
        {
            // Whatever a crash interrupted after the last state write is done again; each step is idempotent.
            await Reminders.ArmAsync(Case.Deadlines, reconcile: true);
            await FilePendingDocumentsAsync();
            await CompleteCertificateAsync();
            await projection.WriteAsync(View(), time.GetUtcNow(), cancellationToken);
        }
    }

    public Task<CaseView?> Get() => Task.FromResult(Case.Exists ? View() : null);

    /// <summary>
    /// Applies one action: a repeated command answers the case unchanged to its sender alone; the transition table,
    /// then the action's own check, may refuse it; otherwise the change is written, the reminders follow the deadlines,
    /// the documents are filed and the projection is written. A refusal or a failure leaves the state as it was.
    /// </summary>
    private async Task<CaseResult> Act(
        Guid commandId,
        Actor by,
        ApplicationAction action,
        Func<Step, Refusal?>? check,
        Action<Step> effect,
        Func<Step, CaseContext, Task<DocumentContent>>? document = null)
    {
        if (Admit(commandId, by) is { } early)
        {
            return early;
        }

        // SPEC §2: the windows are decided at the instant the action arrives, against the procedure's one clock.
        var now = time.GetUtcNow();
        await CatchUpAsync(now);
        if (Deadlines.ClosedWindow(action, now) is { } closed)
        {
            return Refused(closed);
        }

        var transition = ApplicationProcedure.Apply(Case.Status, action);
        if (transition.Refusal is { } refusedByTable)
        {
            return Refused(refusedByTable);
        }

        var before = Snapshot();
        var refused = await ChangeAsync(before, async () =>
        {
            var step = new Step(await calendars.GetAsync(), now);
            if (check?.Invoke(step) is { } refusal)
            {
                return refusal;
            }

            // Decided before anything changes: the documents need the center, the candidate and the program registered.
            CaseContext? context = null;
            if (document is not null && (context = await LoadContextAsync()) is null)
            {
                return NotRegistered;
            }

            Case.Status = transition.State;
            effect(step);
            if (document is not null)
            {
                Produce(commandId, await document(step, context!), step.Now);
            }

            Record(commandId, by, action.ToString(), transition.Rule!, step.Now);
            return null;
        });
        return refused is null ? await CommitAsync(before) : Refused(refused);
    }

    /// <summary>
    /// What every command meets first: an actor, a case that exists, and a command id that is new or its sender's own
    /// repeat. The answer to a command that stops here; null when it goes on.
    /// </summary>
    private CaseResult? Admit(Guid commandId, Actor? by) =>
        by is null ? new CaseResult(Case.Exists ? View() : Blank(), NoActor)
        : !Case.Exists ? Refused(NoApplication)
        : Repeated(commandId, by);

    /// <summary>
    /// A command id already applied: its sender's repeat answers the case unchanged; the same id from anyone else is a
    /// conflict that shows nothing of the case (the id may have been learnt from another's case number). Null when new.
    /// </summary>
    private CaseResult? Repeated(Guid commandId, Actor? by)
    {
        var log = new CommandLog(Case);
        return !log.Applied(commandId) ? null
            : log.SentBy(commandId, by) ? new CaseResult(View())
            : new CaseResult(Blank(), CommandIdTaken);
    }

    private Task<CaseContext?> LoadContextAsync() => Filing.LoadContextAsync(Case);

    private void Produce(Guid commandId, DocumentContent content, DateTimeOffset now) => CaseFiling.Produce(Case, CaseId, commandId, content, now);

    private async Task FilePendingDocumentsAsync()
    {
        if (await Filing.FilePendingAsync(Case))
        {
            await state.WriteStateAsync();
        }
    }

    private void Record(Guid commandId, Actor by, string what, Rule rule, DateTimeOffset at) =>
        new CommandLog(Case).Record(commandId, by, what, rule, at);

    /// <summary>A deep copy of the state before a command changes it, to put back when the command is refused or fails.</summary>
    private CaseState Snapshot() => copier.Copy(Case);

    /// <summary>
    /// Runs a command's changes: when they end in a refusal or throw, the state is put back as it was before them
    /// (a missing calendar year is a refusal, SPEC §3; anything else goes on to the caller).
    /// </summary>
    private async Task<Refusal?> ChangeAsync(CaseState before, Func<Task<Refusal?>> change)
    {
        try
        {
            if (await change() is { } refused)
            {
                state.State = before;
                return refused;
            }

            return null;
        }
        catch (CalendarYearNotLoadedException missing)
        {
            // A deadline in a year with no calendar is never guessed (SPEC §3): nothing changes until it is loaded.
            state.State = before;
            return Refusal.Of(Rule.Calendar, "CalendarNotLoaded", missing.Year);
        }
        catch
        {
            state.State = before;
            throw;
        }
    }

    /// <summary>Writes the changed state; a write that fails puts the state back as it was before the command.</summary>
    private async Task<CaseResult> CommitAsync(CaseState before)
    {
        Case.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = before;
            throw;
        }

        await Reminders.ArmAsync(Case.Deadlines, reconcile: false);
        await FilePendingDocumentsAsync();
        await projection.WriteAsync(View(), time.GetUtcNow());
        return new CaseResult(View());
    }

    private static readonly Refusal NotRegistered = Refusal.Of(Rule.P4, "NotRegistered");

    private static readonly Refusal NoApplication = Refusal.Of(Rule.P4, "NoApplication");

    private static readonly Refusal NoActor = Refusal.Of(Rule.InvalidInput, "NoActor");

    private static readonly Refusal CommandIdTaken = Refusal.Of(Rule.CommandIdTaken, "CommandIdTaken");

    private CaseResult Refused(Refusal refusal) => new(View(), refusal);

    private CaseView Blank() => CaseViews.Blank(CaseId);

    private CaseView View() => CaseViews.Of(CaseId, Case);
}
