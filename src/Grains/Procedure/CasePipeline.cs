using Orleans.Serialization;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;
using Platform.Hosting;

namespace Platform.Grains.Procedure;

/// <summary>
/// How a case applies a stage's decision: a repeated command answers the case unchanged to its sender alone; the
/// windows are decided at the instant the action arrives, then the transition table and the action's own check may
/// refuse it; otherwise its changes are made and recorded, and handed to the grain's <c>commit</c> to persist and
/// notify. A refusal or a failure leaves the state as it was (<see cref="CaseTransaction"/>).
/// </summary>
internal sealed class CasePipeline(
    IPersistentState<CaseState> state,
    DeepCopier copier,
    CalendarSource calendars,
    TimeProvider time,
    CaseFiling filing,
    string caseId,
    Func<DateTimeOffset, Task> catchUp,
    Func<CaseTransaction, Task<CaseResult>> commit)
{
    private CaseState Case => state.State;

    public CaseResult? Admit(Guid commandId, Actor? by) => CaseAdmission.Admit(Case, caseId, commandId, by);

    public CaseTransaction Begin() => CaseTransaction.Begin(state, copier);

    public CaseResult Refused(Refusal refusal) => new(CaseViews.Of(caseId, Case), refusal);

    public async Task<Step> StepAsync(DateTimeOffset now) => new(await calendars.GetAsync(), now);

    /// <summary>
    /// Step 1 (P4): the application. Everything is checked before the state changes, so a refused application leaves
    /// no trace in the grain; someone else's case is none of the caller's business, so a refusal shows nothing of it.
    /// </summary>
    public async Task<CaseResult> SubmitAsync(SubmitApplication command)
    {
        if (Case.Exists)
        {
            return CaseAdmission.Repeated(Case, caseId, command.CommandId, command.By) ?? new CaseResult(CaseViews.Blank(caseId), CaseAdmission.AlreadyApplied);
        }

        if (ApplicationChecks.Validate(command) is { } invalid)
        {
            return new CaseResult(CaseViews.Unapplied(caseId, command), invalid);
        }

        var change = Begin();
        var refused = await change.ChangeAsync(async () =>
        {
            var step = await StepAsync(time.GetUtcNow());
            if (await filing.LoadContextAsync(command.CenterNumber, command.CandidateKey, command.ProgramCode) is not { } context)
            {
                return CaseAdmission.NotRegistered;
            }

            Produce(command.CommandId, ReviewStage.Apply(command, Case, context, step), step.Now);
            Record(command.CommandId, command.By, ReviewStage.Submitted(command), Rule.P4, step.Now);
            await filing.Candidate(Case).AddCase(caseId);
            return null;
        });
        return refused is null ? await commit(change) : new CaseResult(CaseViews.Unapplied(caseId, command), refused);
    }

    /// <summary>Applies a stage's decision on an action of the table, giving it the case as it is at each moment.</summary>
    public async Task<CaseResult> ActAsync(Guid commandId, Actor by, StageCommand command)
    {
        if (Admit(commandId, by) is { } early)
        {
            return early;
        }

        // SPEC §2: the windows are decided at the instant the action arrives, against the procedure's one clock.
        var now = time.GetUtcNow();
        await catchUp(now);
        if (new CaseDeadlines(Case).ClosedWindow(command.Action, now) is { } closed)
        {
            return Refused(closed);
        }

        var transition = ApplicationProcedure.Apply(Case.Status, command.Action);
        if (transition.Refusal is { } refusedByTable)
        {
            return Refused(refusedByTable);
        }

        var change = Begin();
        var refused = await change.ChangeAsync(async () =>
        {
            var step = await StepAsync(now);
            if (command.Check?.Invoke(Context(step)) is { } refusal)
            {
                return refusal;
            }

            // Decided before anything changes: the documents need the center, the candidate and the program registered.
            CaseContext? context = null;
            if (command.Document is not null && (context = await filing.LoadContextAsync(Case)) is null)
            {
                return CaseAdmission.NotRegistered;
            }

            Case.Status = transition.State;
            command.Effect(Context(step));
            if (command.Document is { } document)
            {
                Produce(commandId, await document(Context(step), context!), step.Now);
            }

            Record(commandId, by, command.Action.ToString(), transition.Rule!, step.Now);
            return null;
        });
        return refused is null ? await commit(change) : Refused(refused);
    }

    /// <summary>Records a command that changes no state of the table; a refusal or a failure leaves the state as it was.</summary>
    public async Task<CaseResult> NoteAsync(Guid commandId, Actor by, CaseNote note)
    {
        if (Admit(commandId, by) is { } early)
        {
            return early;
        }

        return await NoteAdmittedAsync(commandId, by, note, () => time.GetUtcNow());
    }

    /// <summary>
    /// Records a command outside the table that is decided at the instant it arrives (SPEC §2): the deadlines are
    /// brought up to it first, and the note is made for the step, at whose instant it is recorded.
    /// </summary>
    public async Task<CaseResult> NoteAtAsync(Guid commandId, Actor by, Func<Step, CaseNote> note)
    {
        if (Admit(commandId, by) is { } early)
        {
            return early;
        }

        var now = time.GetUtcNow();
        await catchUp(now);
        var step = await StepAsync(now);
        return await NoteAdmittedAsync(commandId, by, note(step), () => step.Now);
    }

    /// <summary>
    /// A note decided at the instant it arrives whose effect composes a document: the center, the candidate and the
    /// program are loaded first, as for the table's documents (P14's violation act).
    /// </summary>
    public async Task<CaseResult> NoteWithContextAsync(Guid commandId, Actor by, Func<Step, CaseContext, CaseNote> note)
    {
        if (Admit(commandId, by) is { } early)
        {
            return early;
        }

        var now = time.GetUtcNow();
        await catchUp(now);
        if (await filing.LoadContextAsync(Case) is not { } context)
        {
            return Refused(CaseAdmission.NotRegistered);
        }

        var step = await StepAsync(now);
        return await NoteAdmittedAsync(commandId, by, note(step, context), () => step.Now);
    }

    private async Task<CaseResult> NoteAdmittedAsync(Guid commandId, Actor by, CaseNote note, Func<DateTimeOffset> at)
    {
        if (note.Check(Case) is { } refused)
        {
            return Refused(refused);
        }

        var change = Begin();
        var failed = await change.ChangeAsync(() =>
        {
            note.Effect(Case);
            Record(commandId, by, note.What, note.Rule, at());
            note.Recorded?.Invoke(Case);
            return Task.FromResult<Refusal?>(null);
        });
        return failed is null ? await commit(change) : Refused(failed);
    }

    public void Produce(Guid commandId, DocumentContent content, DateTimeOffset now) => CaseFiling.Produce(Case, caseId, commandId, content, now);

    public void Record(Guid commandId, Actor by, string what, Rule rule, DateTimeOffset at) =>
        new CommandLog(Case).Record(commandId, by, what, rule, at);

    private CommandContext Context(Step step) => new(Case, step, caseId, filing.CommissionAsync);
}
