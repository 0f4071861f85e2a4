using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Grains.Procedure;

namespace Platform.Grains.Sittings;

/// <summary>
/// The theory stage's calls (P9, P15), decided by <see cref="TheoryStage"/>: answers saved idempotently by sequence, a
/// server-side time limit with extra time (P10, P11), automatic submission at expiry by a reminder (durable) and a grain
/// timer (precise while active).
/// </summary>
public sealed partial class ExamSessionGrain
{
    private const string TheoryClock = "theory-time";

    private DateTimeOffset? _armedFor;
    private IGrainTimer? _theoryTimer;

    public async Task<AnswerReceipt> SaveAnswer(SaveAnswer answer)
    {
        await ExpireIfDueAsync();
        if (Theory.CheckAnswer(answer, NotOpened) is { } refused)
        {
            return Theory.Receipt(answer, false, refused);
        }

        if (Theory.IsStale(answer))
        {
            return Theory.Receipt(answer, false);
        }

        await Journal.RecordHotAsync([new Events.AnswerSaved(answer.QuestionId, answer.OptionId, answer.Sequence)]);
        await _observers.Notify(o => o.AnswersSaved(SittingId, S.Answers.Count, S.Ticket.Count));
        return Theory.Receipt(answer, true);
    }

    public async Task<TheorySheet?> Resume()
    {
        await ExpireIfDueAsync();
        return S.Exists ? Theory.Sheet(SittingId) : null;
    }

    public async Task<SittingResult> GrantExtraTime(GrantExtraTime command)
    {
        await ExpireIfDueAsync();
        if (!S.Exists)
        {
            return Refused(NotOpened);
        }

        if (Repeated(command.CommandId, command.By) is { } repeated)
        {
            return repeated;
        }

        if (Theory.CheckExtraTime(command) is { } refused)
        {
            return Refused(refused);
        }

        await Journal.CommitAsync([Theory.ExtraTimeGranted(command)], () =>
        {
            S.ExtraTimeMinutes += command.Minutes;
            Remember(command.CommandId, command.By);
        });
        await FollowUpAsync();
        return new SittingResult(View());
    }

    public Task<SittingResult> SubmitTheory(SittingCommand command) => SubmitAsync(command.CommandId, command.By, automatic: false);

    /// <summary>P9, P15: scores the saved answers; more than 70% opens the practical stage, otherwise the sitting completes.</summary>
    private Task<SittingResult> SubmitAsync(Guid commandId, Actor by, bool automatic) => Act(
        commandId, by, SittingAction.SubmitTheory,
        () => Task.FromResult(new Checked<TheoryResult>(Theory.Score(), null)),
        (result, _) => TheoryStage.Submitted(by, result, automatic),
        (result, _) =>
        {
            Theory.Submit(result);
            if (!result.Admitted)
            {
                Complete(SittingEnd.Completed, by);
            }
        });

    /// <summary>The time limit is enforced on every call too, so no answer is taken after it even before the reminder fires.</summary>
    private async Task ExpireIfDueAsync()
    {
        if (Theory.IsDue)
        {
            await SubmitAsync(CommandIdFor("time-limit"), Self, automatic: true);
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == TheoryClock)
        {
            await ExpireIfDueAsync();
            await ArmTheoryClockAsync(stale: true);
        }
    }

    /// <summary>A reminder at the deadline (with a one-minute safety period) while the theory is open; removed after.</summary>
    private async Task ArmTheoryClockAsync(bool stale = false)
    {
        if (S.Exists && S.Status == SittingState.TheoryOpen && Theory.Deadline is { } deadline)
        {
            if (_armedFor != deadline)
            {
                var due = deadline > Now ? deadline - Now : TimeSpan.Zero;
                await this.RegisterOrUpdateReminder(TheoryClock, due, TimeSpan.FromMinutes(1));
                _theoryTimer?.Dispose();
                _theoryTimer = this.RegisterGrainTimer(_ => ExpireIfDueAsync(), due, Timeout.InfiniteTimeSpan);
                _armedFor = deadline;
            }

            return;
        }

        if ((_armedFor is not null || stale) && await this.GetReminder(TheoryClock) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _theoryTimer?.Dispose();
        (_theoryTimer, _armedFor) = (null, null);
    }
}
