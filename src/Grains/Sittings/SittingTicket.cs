using Platform.Domain.Programs;

namespace Platform.Grains.Sittings;

/// <summary>
/// The sitting's drawn ticket with its texts and answer key, held in memory only: the state keeps the drawn question
/// ids, the seed and the program version (<see cref="ExamSessionState.TicketQuestionIds"/>), and the texts are read from
/// that version when the grain needs them (issue 16: a 44 KB state written at every transition became a few hundred
/// bytes of ids). A state written before keeps its texts (<see cref="ExamSessionState.Ticket"/>), and they are used as stored.
/// </summary>
internal sealed class SittingTicket
{
    private Ticket? _read;

    /// <summary>Whether the state names a ticket whose texts are not in memory yet (to be read from the program version).</summary>
    public bool NeedsReading(ExamSessionState s) => s.Ticket.Count == 0 && s.TicketQuestionIds.Count > 0 && !Matches(s, _read);

    /// <summary>Keeps the ticket drawn or read for this sitting; one that is not the ticket the state names is refused.</summary>
    /// <exception cref="InvalidOperationException">The ticket's seed or questions are not those of the state.</exception>
    public void Keep(ExamSessionState s, Ticket ticket)
    {
        if (!Matches(s, ticket))
        {
            throw new InvalidOperationException(
                $"The ticket drawn again from {s.ProgramCode} version {s.ProgramVersion} is not the one the sitting drew; its texts cannot be shown.");
        }

        _read = ticket;
    }

    /// <summary>The ticket the state names: its stored texts, the one read, or none drawn yet (an empty ticket, scoring 0 of 0).</summary>
    /// <exception cref="InvalidOperationException">The texts of the drawn ticket have not been read.</exception>
    public Ticket Of(ExamSessionState s)
    {
        if (s.Ticket.Count > 0)
        {
            return new Ticket(s.ProgramCode, s.Language, s.TicketSeed, [.. s.Ticket.Select(q => new TicketQuestion(
                q.Number, q.QuestionId, q.Topic, q.Text, [.. q.Options.Select(o => new QuestionOption(o.Id, o.Text))], q.CorrectOptionId))]);
        }

        if (s.TicketQuestionIds.Count == 0)
        {
            return new Ticket(s.ProgramCode, s.Language, s.TicketSeed, []);
        }

        return Matches(s, _read) ? _read! : throw new InvalidOperationException("The texts of the sitting's ticket have not been read from its program version.");
    }

    /// <summary>How many questions the drawn ticket has (P15), without its texts.</summary>
    public static int SizeOf(ExamSessionState s) => s.Ticket.Count > 0 ? s.Ticket.Count : s.TicketQuestionIds.Count;

    /// <summary>The bank ids of the ticket's questions in ticket order.</summary>
    public static IReadOnlyList<string> QuestionIdsOf(ExamSessionState s) =>
        s.Ticket.Count > 0 ? [.. s.Ticket.Select(q => q.QuestionId)] : s.TicketQuestionIds;

    private static bool Matches(ExamSessionState s, Ticket? ticket) =>
        ticket is not null && ticket.Seed == s.TicketSeed && ticket.Language == s.Language
        && ticket.Questions.Select(q => q.QuestionId).SequenceEqual(s.TicketQuestionIds);
}
