using Platform.Domain.Calendar;
using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// The end of a sitting's exam day (P6: the exam is held on the date of its notice; the day ends at 23:59:59 Almaty
/// time, SPEC §2). A sitting still open then closes itself, whoever comes first: the sweep that wakes it once the
/// instant has passed (<see cref="SittingSweepGrain"/>, from its row in <see cref="ISittingWakeups"/>), or its activation
/// after the instant; an action after the instant is refused by the day itself
/// (<see cref="CheckDay"/>), so the same way whether or not the closing has run. The closing runs in a turn of its own
/// (a grain timer due at once), never inside the wake-up's call or a reminder's delivery: it tells the case, which
/// registers its protocol deadline with the reminder service, and that service waits for a sitting's
/// <c>ReceiveReminder</c> to return (inline, the two waited for each other until the call timed out). A sitting opened
/// before the sweep still has the day-end reminder it registered then: it closes the same way, then removes itself. What the
/// closing gives, where the Rules put it:
/// <list type="bullet">
/// <item>never checked in: the candidate did not appear. The Rules know one valid reason, temporary incapacity (P7),
/// which the candidate may report after the day; the sitting closes as <see cref="SittingState.Unfinished"/> and the
/// case moves to its protocol with nothing done (the commission records a failure, P17; a sick-leave report moves it
/// to a new date instead, P7).</item>
/// <item>checked in, the theory never opened: the same (P8 was done, nothing of P9).</item>
/// <item>theory open: the time limit's rule (P9) submits it as it stands, first at its own deadline, else at the day
/// end; 70% or less completes the sitting as not admitted (P15), more opens the practical, which the next item closes.</item>
/// <item>practical open (an abandoned online connection, a candidate who left): the task was not performed per the map
/// (P17); the results go to the case with the practical not passed.</item>
/// </list>
/// A technical failure (P11) is the center's to report on the day: the Rules make the connection the candidate's
/// (P11.2), so a silent end is not taken as one. Idempotent: the closing is one transition with its own command id.
/// </summary>
/// <param name="timer">Runs the work once after the due time while the grain is active; disposed to cancel.</param>
internal sealed class SittingDayEnd(
    SittingPipeline sitting, SittingCaseLink link, SittingTheory theory, IReminderRegistry reminders, Func<Func<Task>, TimeSpan, IDisposable> timer)
{
    public const string Clock = "day-end";

    private IDisposable? _closing;

    private ExamSessionState S => sitting.S;

    /// <summary>The exam day of a sitting: the Almaty date of its scheduled start (P6).</summary>
    public static DateOnly ExamDay(ExamSessionState s) => KazakhstanTime.DateOf(s.ScheduledStart);

    /// <summary>The last instant of the exam day; an action after it is too late.</summary>
    public static DateTimeOffset EndOf(ExamSessionState s) => KazakhstanTime.EndOfDay(ExamDay(s));

    /// <summary>P6: after the exam day an action on the sitting is refused, naming the day (the sitting's own closing excepted).</summary>
    public static Refusal? CheckDay(ExamSessionState s, DateTimeOffset now) =>
        s.Exists && now > EndOf(s) ? Refusal.Of(Rule.P6, "ExamDayOver", ExamDay(s)) : null;

    /// <summary>The sitting is there and has not ended.</summary>
    public static bool IsOpen(ExamSessionState s) => s.Exists && s.Status is not (SittingState.NotAdmitted or SittingState.Completed
        or SittingState.Terminated or SittingState.Removed or SittingState.TechnicalFailure or SittingState.Cancelled or SittingState.Unfinished);

    private bool Open => IsOpen(S);

    /// <summary>If the day is over and the sitting still open, its closing runs in the next turn of the grain.</summary>
    public void CloseSoonIfOver()
    {
        if (_closing is null && Open && sitting.Now > EndOf(S))
        {
            _closing = timer(CloseAsync, TimeSpan.Zero);
        }
    }

    /// <summary>
    /// The closing's own turn. It does not remove the reminder: a call to the reminder service from here waited, in the
    /// tests, behind that service's delivery of this very reminder; the reminder's next delivery removes it instead.
    /// </summary>
    private async Task CloseAsync()
    {
        try
        {
            await CloseIfOverAsync();
        }
        finally
        {
            _closing?.Dispose();
            _closing = null;
        }
    }

    /// <summary>Closes the sitting if its day is over and it is still open; does nothing otherwise.</summary>
    private async Task CloseIfOverAsync()
    {
        if (!Open || sitting.Now <= EndOf(S))
        {
            return;
        }

        // P9: the time limit submits an open theory; one that would run past the day is submitted at its end.
        await theory.ExpireIfDueAsync();
        if (S.Status == SittingState.TheoryOpen)
        {
            await theory.SubmitAtDayEndAsync();
        }

        if (SittingProcedure.Apply(S.Mode, S.Status, SittingAction.CloseAtDayEnd).Refusal is null)
        {
            var stage = S.Status switch
            {
                SittingState.Scheduled => "not-appeared",
                SittingState.CheckedIn => "check-in",
                _ => "practical",
            };
            await sitting.Act(
                link.CommandIdFor("day-end"), sitting.Self, SittingAction.CloseAtDayEnd, null,
                _ => new ClosedAtDayEnd(sitting.Self.Subject, sitting.Self.Role, ExamDay(S), stage, Rule.P6.And(Rule.P17).Id),
                now =>
                {
                    (S.EndedAt, S.EndedInStage) = (now, stage);
                    if (S.Scores is { } scores && stage == "practical")
                    {
                        // P17: the task was not completed, so not performed per the map; the steps not marked performed fall short.
                        S.Scores = scores with
                        {
                            PracticalPassed = false,
                            PracticalShortfalls = [.. S.Map.Where(step => S.Marks.GetValueOrDefault(step.Id)?.PerformedPerMap != true).Select(step => step.Title)],
                        };
                    }

                    Report();
                });
        }
    }

    /// <summary>P17: the case hears the end; a sitting whose theory never opened first starts the exam (the case completes only an exam in progress).</summary>
    private void Report()
    {
        if (S.TheoryOpenedAt is not null)
        {
            link.Complete(SittingEnd.Unfinished, sitting.Self);
            return;
        }

        S.PendingCaseCalls.Add(CaseCall.StartExam(link.CommandIdFor("start-exam")));
        S.PendingCaseCalls.Add(CaseCall.Complete(new CompleteProcedure(
            link.CommandIdFor("complete"), 0, 0, null, new List<string>(), SittingEnd.Unfinished, sitting.Self)));
    }

    /// <summary>
    /// The day-end reminder of a sitting opened before the sweep (none is registered any more): starts the closing in a
    /// turn of its own; once the sitting is closed, removes itself.
    /// </summary>
    public Task ReceiveReminderAsync()
    {
        if (Open)
        {
            CloseSoonIfOver();
            return Task.CompletedTask;
        }

        return reminders.Unregister(Clock);
    }
}
