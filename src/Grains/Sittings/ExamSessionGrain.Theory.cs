using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// The theory stage (P9, P15): answers saved idempotently by sequence, a server-side time limit with extra time
/// (P10, P11), automatic submission at expiry by a reminder (durable) and a grain timer (precise while active).
/// </summary>
public sealed partial class ExamSessionGrain
{
    private const string TheoryClock = "theory-time";
    private const int MaxExtraTimeMinutes = 240;

    private DateTimeOffset? _armedFor;
    private IGrainTimer? _theoryTimer;

    private DateTimeOffset? Deadline => S.TheoryOpenedAt?.AddMinutes(S.TheoryTimeLimitMinutes + S.ExtraTimeMinutes);

    private TimeSpan TimeLeft() =>
        S.Status == SittingState.TheoryOpen && Deadline is { } deadline && deadline > Now ? deadline - Now : TimeSpan.Zero;

    public async Task<AnswerReceipt> SaveAnswer(SaveAnswer answer)
    {
        await ExpireIfDueAsync();
        var stored = S.Answers.GetValueOrDefault(answer.QuestionId);
        AnswerReceipt Receipt(bool saved, Refusal? refusal = null) =>
            new(answer.QuestionId, stored?.OptionId, stored?.Sequence ?? 0, saved, S.Answers.Count, TimeLeft(), refusal);

        if (CheckAnswer(answer) is { } refused)
        {
            return Receipt(false, refused);
        }

        if (stored is not null && answer.Sequence <= stored.Sequence)
        {
            return Receipt(false); // a retried or late duplicate: the newer answer stays
        }

        await RecordHotAsync([new AnswerSaved(answer.QuestionId, answer.OptionId, answer.Sequence)]);
        stored = S.Answers[answer.QuestionId];
        await _observers.Notify(o => o.AnswersSaved(SittingId, S.Answers.Count, S.Ticket.Count));
        return Receipt(true);
    }

    private Refusal? CheckAnswer(SaveAnswer answer) =>
        !S.Exists ? NotOpened
        : S.Status != SittingState.TheoryOpen
            ? S.TheoryOpenedAt is null
                ? Refusal.Of(Rule.P9, "TheoryNotOpen")
                : Refusal.Of(Rule.P9, "TheoryOver")
        : answer.Sequence <= 0 ? Refusal.Of(Rule.P9, "AnswerSequence")
        : !CurrentTicket().Accepts(answer.QuestionId, answer.OptionId) ? Refusal.Of(Rule.P9, "AnswerNotOnTicket")
        : null;

    public async Task<TheorySheet?> Resume()
    {
        await ExpireIfDueAsync();
        return S.Exists
            ? new TheorySheet(
                SittingId, S.Status, S.Language,
                [.. S.Ticket.Select(q => new CandidateQuestion(q.Number, q.QuestionId, q.Text, q.Options))],
                [.. S.Answers.Values.OrderBy(a => S.Ticket.FindIndex(q => q.QuestionId == a.QuestionId))],
                Deadline, TimeLeft(), S.Warnings.FirstOrDefault(w => w.DeliveredAt is null))
            : null;
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

        if (S.Status is not (SittingState.Scheduled or SittingState.CheckedIn or SittingState.TheoryOpen))
        {
            return Refused(Refusal.Of(Rule.P10.And(Rule.P11), "ExtraTimeBeforeTheoryEnds"));
        }

        if (command.Minutes is <= 0 or > MaxExtraTimeMinutes || string.IsNullOrWhiteSpace(command.Reason))
        {
            return Refused(Refusal.Of(Rule.P10.And(Rule.P11), "ExtraTimeRange", MaxExtraTimeMinutes));
        }

        await CommitAsync([new ExtraTimeGranted(command.By.Subject, command.By.Role, command.Minutes, Rule.P10.And(Rule.P11).Id, command.Reason)], () =>
        {
            S.ExtraTimeMinutes += command.Minutes;
            Remember(command.CommandId, command.By);
        });
        await FollowUpAsync();
        return new SittingResult(View());
    }

    public Task<SittingResult> SubmitTheory(SittingCommand command) => SubmitAsync(command.CommandId, command.By, automatic: false);

    /// <summary>P9, P15: scores the saved answers; more than 70% opens the practical stage, otherwise the sitting completes.</summary>
    private Task<SittingResult> SubmitAsync(Guid commandId, Actor by, bool automatic)
    {
        TheoryResult? result = null;
        TheoryResult Result() => result ??= CurrentTicket().Score(S.Answers.ToDictionary(a => a.Key, a => a.Value.OptionId));
        return Act(
            commandId, by, SittingAction.SubmitTheory, null,
            _ => new TheorySubmitted(
                by.Subject, by.Role, Result().Correct, Result().Total, Result().Admitted, Rule.P9.And(Rule.P15).Id, automatic ? "time limit" : "submitted"),
            _ =>
            {
                S.Scores = new SittingScores(Result().Correct, Result().Total, Result().Admitted, null, new List<string>());
                S.Status = SittingProcedure.Apply(S.Mode, S.Status, Result().Admitted ? SittingAction.AdmitToPractical : SittingAction.RefuseAdmission).State;
                if (!Result().Admitted)
                {
                    Complete(SittingEnd.Completed, by);
                }
            });
    }

    private Ticket CurrentTicket() => new(
        S.ProgramCode, S.Language, S.TicketSeed,
        [.. S.Ticket.Select(q => new TicketQuestion(q.Number, q.QuestionId, q.Topic, q.Text, [.. q.Options.Select(o => new QuestionOption(o.Id, o.Text))], q.CorrectOptionId))]);

    /// <summary>The time limit is enforced on every call too, so no answer is taken after it even before the reminder fires.</summary>
    private async Task ExpireIfDueAsync()
    {
        if (S.Exists && S.Status == SittingState.TheoryOpen && Deadline is { } deadline && Now >= deadline)
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
        if (S.Exists && S.Status == SittingState.TheoryOpen && Deadline is { } deadline)
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
