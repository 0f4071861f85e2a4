using Microsoft.Extensions.DependencyInjection;
using Platform.Domain.Calendar;
using Platform.Domain.Procedure;
using Platform.Grains.Calendar;
using Platform.Grains.Centers;
using Platform.Grains.Documents;
using Platform.Grains.Hosting;

namespace Platform.Grains.Procedure;

/// <summary>
/// A recognition case: applies each action through the transition table of the Rules
/// (<see cref="ApplicationProcedure"/>), runs its statutory deadlines as reminders and writes its projection, from
/// which the center's lists and deadline board are read.
/// The actions themselves are in <c>ApplicationGrain.Actions.cs</c>, the deadlines in <c>ApplicationGrain.Deadlines.cs</c>.
/// </summary>
public sealed partial class ApplicationGrain(
    [PersistentState("case", PlatformDatabase.GrainStorage)] IPersistentState<CaseState> state,
    CalendarSource calendars,
    ICaseProjection projection,
    [FromKeyedServices(PlatformClock.Key)] TimeProvider time) : Grain, IApplicationGrain, IRemindable
{
    private const int AppliedCommandsKept = 64;

    private CaseState Case => state.State;

    private string CaseId => this.GetPrimaryKeyString();

    private ICenterGrain Center => GrainFactory.GetGrain<ICenterGrain>(CenterKeys.For(Case.CenterNumber));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Case.Exists)
        {
            // Whatever a crash interrupted after the last state write is done again; each step is idempotent.
            await ArmRemindersAsync(reconcile: true);
            await FilePendingDocumentsAsync();
            await CompleteCertificateAsync();
            await projection.WriteAsync(View(), time.GetUtcNow(), cancellationToken);
        }
    }

    public Task<CaseView?> Get() => Task.FromResult(Case.Exists ? View() : null);

    /// <summary>
    /// Applies one action: a repeated command answers the case unchanged; the transition table, then the
    /// action's own check, may refuse it; otherwise the change is written, the reminders follow the deadlines,
    /// the documents are filed and the projection is written.
    /// </summary>
    private async Task<CaseResult> Act(
        Guid commandId,
        Actor by,
        ApplicationAction action,
        Func<Step, Refusal?>? check,
        Action<Step> effect,
        Func<Step, CaseContext, Task<DocumentContent>>? document = null)
    {
        if (!Case.Exists)
        {
            return Refused(new Refusal("P4", "there is no application with this number",
                "заявление с таким номером отсутствует",
                "мұндай нөмірлі өтініш жоқ"));
        }

        if (Case.AppliedCommands.Contains(commandId))
        {
            return new CaseResult(View());
        }

        var transition = ApplicationProcedure.Apply(Case.Status, action);
        if (transition.Refusal is { } refusedByTable)
        {
            return Refused(new Refusal(refusedByTable.Rule, refusedByTable.Text));
        }

        Step step;
        try
        {
            step = new Step(await calendars.GetAsync(), time.GetUtcNow());
            if (check?.Invoke(step) is { } refused)
            {
                return Refused(refused);
            }

            Case.Status = transition.State;
            effect(step);
            if (document is not null)
            {
                if (await LoadContextAsync() is not { } context)
                {
                    await state.ReadStateAsync();
                    return Refused(NotRegistered);
                }

                Produce(commandId, await document(step, context), step.Now);
            }
        }
        catch (CalendarYearNotLoadedException missing)
        {
            // A deadline in a year with no calendar is never guessed (SPEC §3): nothing changes until it is loaded.
            await state.ReadStateAsync();
            return Refused(new Refusal("SPEC §3",
                $"the working-day calendar of {missing.Year} is not loaded; an administrator must load it first",
                $"производственный календарь на {missing.Year} год не загружен; сначала его должен загрузить администратор",
                $"{missing.Year} жылға арналған жұмыс күндерінің күнтізбесі жүктелмеген; алдымен оны әкімші жүктеуі тиіс"));
        }

        Record(commandId, by, action.ToString(), transition.Rule ?? "", step.Now);
        return await CommitAsync();
    }

    private void Record(Guid commandId, Actor by, string what, string rule, DateTimeOffset at)
    {
        Case.History.Add(new CaseEvent(at, what, rule, by.Subject, by.Role));
        Case.AppliedCommands.Add(commandId);
        if (Case.AppliedCommands.Count > AppliedCommandsKept)
        {
            Case.AppliedCommands.RemoveAt(0);
        }
    }

    private async Task<CaseResult> CommitAsync()
    {
        Case.Version++;
        await state.WriteStateAsync();
        await ArmRemindersAsync(reconcile: false);
        await FilePendingDocumentsAsync();
        await projection.WriteAsync(View(), time.GetUtcNow());
        return new CaseResult(View());
    }

    private static readonly Refusal NotRegistered =
        new("P4", "the center, the candidate and the qualification program of a case must be registered first",
                "сначала должны быть зарегистрированы центр, кандидат и квалификационная программа дела",
                "алдымен істің орталығы, кандидаты және біліктілік бағдарламасы тіркелуі тиіс");

    private CaseResult Refused(Refusal refusal) => refusal.For(View());

    private CaseView View() => new(
        CaseId,
        Case.CenterNumber,
        Case.CandidateKey,
        Case.ProgramCode,
        Case.NrkLevel,
        Case.Channel,
        Case.Status,
        Case.Attempt,
        [.. Case.Remarks],
        Case.Exam,
        [.. Case.Deadlines.Select(entry => ViewOf(entry.Key, entry.Value)).OrderBy(d => d.StartDay)],
        [.. Case.History],
        Case.CertificateSerial,
        Case.Version,
        [.. Case.Attachments]);
}
