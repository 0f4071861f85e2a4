using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// The theory stage's calls (P8, P9, P10, P11, P15), decided by <see cref="TheoryStage"/>: the ticket drawn when it
/// opens from the program version the sitting was opened under, answers saved idempotently by sequence, a server-side time limit with extra time
/// and the outage time the platform gives back (issue 17), automatic submission at
/// expiry by a timer of the procedure clock (precise while active) and, with nobody calling, by the sweep that wakes the
/// sitting from its durable wake-up (<see cref="SittingWakeup"/>; issue 16: no reminder per sitting any more). A sitting
/// opened before that still has its "theory-time" reminder: when it fires it enforces the limit and removes itself.
/// </summary>
/// <param name="timer">Runs the work once after the due time while the grain is active; disposed to cancel.</param>
internal sealed class SittingTheory(SittingPipeline sitting, SittingCaseLink link, IReminderRegistry reminders, Func<Func<Task>, TimeSpan, IDisposable> timer)
{
    public const string Clock = "theory-time";

    private DateTimeOffset? _armedFor;
    private IDisposable? _timer;

    private ExamSessionState S => sitting.S;

    private TheoryStage Stage => sitting.Theory;

    public Task<SittingResult> Open(SittingCommand command) => sitting.Act(
        command.CommandId, command.By, SittingAction.OpenTheory,
        PrepareAsync,
        (drawn, now) => Stage.Opened(command.By, drawn, now),
        (drawn, now) => Stage.Open(drawn, now));

    /// <summary>P8, P2.8 gates; then the ticket is drawn and the case told that the exam started (P6 refuses before the exam day).</summary>
    private async Task<Checked<DrawnTicket>> PrepareAsync()
    {
        if (Stage.CheckReady() is { } notReady)
        {
            return new(null, notReady);
        }

        // The version the sitting was opened under, not the one loaded since (null: opened before versions were kept).
        if (await link.LoadProgramAsync(S.ProgramCode, S.ProgramVersion) is not { Program: var program, Version: var version })
        {
            return new(null, CheckInStage.NotLoaded(S.ProgramCode));
        }

        var drawn = TicketDrawer.Draw(program, S.Language, TicketDrawer.NewSeed());
        var started = await link.StartExamAsync();
        return new(new DrawnTicket(drawn, version), started.Refusal);
    }

    /// <summary>
    /// Reads the texts of the drawn ticket from the program version it was drawn from, once per activation (the state
    /// keeps only the question ids and the seed): the same version and seed draw the same ticket, which is checked
    /// against the stored ids. Nothing to do for a state that kept the texts, or before the ticket is drawn.
    /// </summary>
    public async Task ReadTicketAsync()
    {
        if (!sitting.Ticket.NeedsReading(S))
        {
            return;
        }

        var loaded = await link.LoadProgramAsync(S.ProgramCode, S.ProgramVersion)
            ?? throw new InvalidOperationException($"The program {S.ProgramCode} version {S.ProgramVersion} of a drawn ticket is not there.");
        sitting.Ticket.Keep(S, TicketDrawer.Draw(loaded.Program, S.Language, S.TicketSeed));
    }

    public async Task<AnswerReceipt> SaveAnswer(SaveAnswer answer)
    {
        await ExpireIfDueAsync();
        await ReadTicketAsync();
        if (Stage.CheckAnswer(answer, SittingPipeline.NotOpened) is { } refused)
        {
            return Stage.Receipt(answer, false, refused);
        }

        if (Stage.IsStale(answer))
        {
            return Stage.Receipt(answer, false);
        }

        await sitting.Journal.RecordHotAsync([new AnswerSaved(answer.QuestionId, answer.OptionId, answer.Sequence)]);
        await sitting.Notify(o => o.AnswersSaved(sitting.SittingId, S.Answers.Count, SittingTicket.SizeOf(S)));
        return Stage.Receipt(answer, true);
    }

    public async Task<TheorySheet?> Resume()
    {
        await ExpireIfDueAsync();
        await ReadTicketAsync();
        return S.Exists ? Stage.Sheet(sitting.SittingId) : null;
    }

    public async Task<SittingResult> GrantExtraTime(GrantExtraTime command)
    {
        await ExpireIfDueAsync();
        if (!S.Exists)
        {
            return sitting.Refused(SittingPipeline.NotOpened);
        }

        if (sitting.Repeated(command.CommandId, command.By) is { } repeated)
        {
            return repeated;
        }

        return Stage.CheckExtraTime(command) is { } refused
            ? sitting.Refused(refused)
            : await sitting.CommitAsync(command.CommandId, command.By, Stage.ExtraTimeGranted(command), () => S.ExtraTimeMinutes += command.Minutes);
    }

    /// <summary>
    /// Issue 17, P11's spirit: the outage window a frontend saw, credited as <see cref="TheoryStage.DecideOutage"/>
    /// decides (nothing new: the sitting answered unchanged). The limit is enforced first, as on every call: a theory
    /// whose time ran out during the outage is submitted as it stands and credited nothing; the commission decides
    /// (P11). The deadline moves, its timer and wake-up with it, and the candidate and the dashboards hear the new time
    /// left at once (a state change with the state unchanged).
    /// </summary>
    public async Task<SittingResult> CreditOutage(CreditOutage window)
    {
        await ExpireIfDueAsync();
        if (!S.Exists)
        {
            return sitting.Refused(SittingPipeline.NotOpened);
        }

        if (Stage.CheckOutageCredit() is { } refused)
        {
            return sitting.Refused(refused);
        }

        var decision = Stage.DecideOutage(window);
        if (!decision.Credits)
        {
            return sitting.Answer();
        }

        await sitting.Journal.CommitAsync([TheoryStage.OutageCredited(decision)], () => Stage.CreditOutage(decision));
        await sitting.FollowUpAsync();
        await sitting.Notify(o => o.StateChanged(sitting.SittingId, S.Status, Stage.TimeLeft()));
        return sitting.Answer();
    }

    public Task<SittingResult> Submit(SittingCommand command) => SubmitAsync(command.CommandId, command.By, automatic: false);

    /// <summary>P9, P15: scores the saved answers; more than 70% opens the practical stage, otherwise the sitting completes.</summary>
    private Task<SittingResult> SubmitAsync(Guid commandId, Actor by, bool automatic) => sitting.Act(
        commandId, by, SittingAction.SubmitTheory,
        async () =>
        {
            await ReadTicketAsync();
            return new Checked<TheoryResult>(Stage.Score(), null);
        },
        (result, _) => TheoryStage.Submitted(by, result, automatic),
        (result, _) =>
        {
            Stage.Submit(result);
            if (!result.Admitted)
            {
                link.Complete(SittingEnd.Completed, by);
            }
        });

    /// <summary>The time limit is enforced on every call too, so no answer is taken after it even before the reminder fires.</summary>
    public async Task ExpireIfDueAsync()
    {
        if (Stage.IsDue)
        {
            await SubmitAsync(link.CommandIdFor("time-limit"), sitting.Self, automatic: true);
        }
    }

    /// <summary>P9, P6: a theory still open when its exam day ends is submitted as it stands, as by its time limit.</summary>
    public Task SubmitAtDayEndAsync() => SubmitAsync(link.CommandIdFor("day-end-theory"), sitting.Self, automatic: true);

    /// <summary>The time-limit reminder of a sitting opened before the sweep: enforces the limit, then removes itself.</summary>
    public async Task ReceiveReminder(string reminderName)
    {
        if (reminderName == Clock)
        {
            await ExpireIfDueAsync();
            await reminders.Unregister(Clock);
        }
    }

    /// <summary>A timer of the procedure clock at the deadline while the theory is open and the grain active; cancelled after.</summary>
    public void ArmClock()
    {
        if (S.Exists && S.Status == SittingState.TheoryOpen && Stage.Deadline is { } deadline)
        {
            if (_armedFor != deadline)
            {
                var due = deadline > sitting.Now ? deadline - sitting.Now : TimeSpan.Zero;
                _timer?.Dispose();
                _timer = timer(ExpireIfDueAsync, due);
                _armedFor = deadline;
            }

            return;
        }

        _timer?.Dispose();
        (_timer, _armedFor) = (null, null);
    }
}
