using Platform.Domain.Exams;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Domain.Rules;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>
/// The theory stage's rules over the sitting state and the clock (P8, P9, P10, P11, P15): the gates before the ticket
/// is drawn, answers, extra time, the time limit and scoring. It decides and builds the facts; the grain logs and writes them.
/// </summary>
internal sealed class TheoryStage(ExamSessionState s, TimeProvider time, SittingTicket ticket)
{
    public const int MaxExtraTimeMinutes = 240;

    /// <summary>Who decides an outage credit, as the log names them: the platform, not a person.</summary>
    public const string PlatformActor = "platform";

    private DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The time limit (P9), the extra time granted (P10, P11) and the outage time credited (issue 17).</summary>
    public DateTimeOffset? Deadline => s.TheoryOpenedAt?.AddMinutes(s.TheoryTimeLimitMinutes + s.ExtraTimeMinutes).AddSeconds(s.OutageCreditedSeconds);

    /// <summary>The time limit has passed while the theory is open: the answers are submitted as they stand.</summary>
    public bool IsDue => s.Exists && s.Status == SittingState.TheoryOpen && Deadline is { } deadline && Now >= deadline;

    public TimeSpan TimeLeft() =>
        s.Status == SittingState.TheoryOpen && Deadline is { } deadline && deadline > Now ? deadline - Now : TimeSpan.Zero;

    /// <summary>P8, P2.8: online, identity and the room scan come before the ticket.</summary>
    public Refusal? CheckReady() =>
        s.Mode == ExamMode.Online && s.CheckIn.IdentityVerifiedAt is null ? Refusal.Of(Rule.P8.And(Rule.P2_8), "IdentityBeforeTheory")
        : s.Mode == ExamMode.Online && s.CheckIn.RoomScanCompletedAt is null ? Refusal.Of(Rule.P8.And(Rule.P2_8), "RoomScanBeforeTheory")
        : null;

    public TheoryOpened Opened(Actor by, DrawnTicket drawn, DateTimeOffset now) =>
        new(by.Subject, by.Role, drawn.Ticket.Seed, now.AddMinutes(s.TheoryTimeLimitMinutes + s.ExtraTimeMinutes), drawn.Ticket.Size, Rule.P9.Id);

    /// <summary>
    /// The theory opens on the drawn ticket: the state keeps its seed, question ids and program version (a sitting
    /// opened before versions were kept is pinned to the version drawn from); the texts stay in memory.
    /// </summary>
    public void Open(DrawnTicket drawn, DateTimeOffset now)
    {
        s.TheoryOpenedAt = now;
        s.TicketSeed = drawn.Ticket.Seed;
        s.ProgramVersion ??= drawn.ProgramVersion;
        s.Ticket = [];
        s.TicketQuestionIds = [.. drawn.Ticket.Questions.Select(q => q.QuestionId)];
        ticket.Keep(s, drawn.Ticket);
    }

    public Refusal? CheckAnswer(SaveAnswer answer, Refusal notOpened) =>
        !s.Exists ? notOpened
        : s.Status != SittingState.TheoryOpen
            ? s.TheoryOpenedAt is null
                ? Refusal.Of(Rule.P9, "TheoryNotOpen")
                : Refusal.Of(Rule.P9, "TheoryOver")
        : answer.Sequence <= 0 ? Refusal.Of(Rule.P9, "AnswerSequence")
        : !CurrentTicket().Accepts(answer.QuestionId, answer.OptionId) ? Refusal.Of(Rule.P9, "AnswerNotOnTicket")
        : null;

    /// <summary>A retried or late duplicate: the newer answer stays.</summary>
    public bool IsStale(SaveAnswer answer) => s.Answers.GetValueOrDefault(answer.QuestionId) is { } stored && answer.Sequence <= stored.Sequence;

    public AnswerReceipt Receipt(SaveAnswer answer, bool saved, Refusal? refusal = null)
    {
        var stored = s.Answers.GetValueOrDefault(answer.QuestionId);
        return new(answer.QuestionId, stored?.OptionId, stored?.Sequence ?? 0, saved, s.Answers.Count, TimeLeft(), refusal);
    }

    public TheorySheet Sheet(string sittingId)
    {
        var questions = CurrentTicket().Questions;
        var order = SittingTicket.QuestionIdsOf(s);
        return new(
            sittingId, s.Status, s.Language,
            [.. questions.Select(q => new CandidateQuestion(q.Number, q.QuestionId, q.Text, [.. q.Options.Select(o => new CandidateOption(o.Id, o.Text))]))],
            [.. s.Answers.Values.OrderBy(a => IndexOf(order, a.QuestionId))],
            Deadline, TimeLeft(), s.Warnings.FirstOrDefault(w => w.DeliveredAt is null));
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>P10, P11: extra time until the theory ends, within range and with a reason.</summary>
    public Refusal? CheckExtraTime(GrantExtraTime command) =>
        s.Status is not (SittingState.Scheduled or SittingState.CheckedIn or SittingState.TheoryOpen)
            ? Refusal.Of(Rule.P10.And(Rule.P11), "ExtraTimeBeforeTheoryEnds")
        : command.Minutes is <= 0 or > MaxExtraTimeMinutes || string.IsNullOrWhiteSpace(command.Reason)
            ? Refusal.Of(Rule.P10.And(Rule.P11), "ExtraTimeRange", MaxExtraTimeMinutes)
        : null;

    public ExtraTimeGranted ExtraTimeGranted(GrantExtraTime command) =>
        new(command.By.Subject, command.By.Role, command.Minutes, Rule.P10.And(Rule.P11).Id, command.Reason);

    /// <summary>Issue 17, P11's spirit: outage time is credited while the theory is open, nothing before or after it.</summary>
    public Refusal? CheckOutageCredit() =>
        s.Status != SittingState.TheoryOpen || s.TheoryOpenedAt is null ? Refusal.Of(Rule.P11, "OutageCreditTheoryNotOpen") : null;

    /// <summary>What of the window the frontend saw is credited, by the sitting's clock (<see cref="OutageCredit"/>).</summary>
    public OutageDecision DecideOutage(CreditOutage window) => OutageCredit.Decide(
        [.. s.CreditedOutages.Select(c => new OutageSpan(c.Start, c.End))], new OutageSpan(window.From, window.To),
        s.TheoryOpenedAt!.Value, Now, s.OutageCreditedSeconds);

    /// <summary>The credit's fact: by the platform (the sitting itself), rule P11.</summary>
    public static OutageCredited OutageCredited(OutageDecision decision) =>
        new(PlatformActor, PlatformActor, decision.Window!.Start, decision.Window.End, decision.Seconds, decision.Capped, Rule.P11.Id);

    /// <summary>The deadline moves by the seconds credited; the credited stretches are kept for the next window.</summary>
    public void CreditOutage(OutageDecision decision)
    {
        s.OutageCreditedSeconds += decision.Seconds;
        s.CreditedOutages = [.. decision.Credited.Select(c => new CreditedStretch(c.Start, c.End))];
    }

    public TheoryResult Score() => CurrentTicket().Score(s.Answers.ToDictionary(a => a.Key, a => a.Value.OptionId));

    public static TheorySubmitted Submitted(Actor by, TheoryResult result, bool automatic) => new(
        by.Subject, by.Role, result.Correct, result.Total, result.Admitted, Rule.P9.And(Rule.P15).Id, automatic ? "time limit" : "submitted");

    /// <summary>P9, P15: more than 70% opens the practical stage; otherwise admission is refused.</summary>
    public void Submit(TheoryResult result)
    {
        s.Scores = new SittingScores(result.Correct, result.Total, result.Admitted, null, new List<string>());
        s.Status = SittingProcedure.Apply(s.Mode, s.Status, result.Admitted ? SittingAction.AdmitToPractical : SittingAction.RefuseAdmission).State;
    }

    /// <summary>The drawn ticket with its texts (stored, or read from the program version: <see cref="SittingTicket"/>).</summary>
    public Ticket CurrentTicket() => ticket.Of(s);
}
