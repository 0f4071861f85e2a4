using System.Security.Cryptography;

namespace Platform.Domain.Programs;

/// <summary>
/// Draws a theory ticket (P9, P15): for each line of the blueprint, in order, that many questions of its topic
/// at random, worded in the candidate's language, with their options shuffled. Deterministic for a seed.
/// </summary>
public static class TicketDrawer
{
    /// <summary>A fresh seed for a new sitting, to be persisted with it.</summary>
    public static long NewSeed() => BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));

    /// <summary>Draws a ticket with a seed taken from <paramref name="random"/>; the ticket carries that seed.</summary>
    public static Ticket Draw(QualificationProgram program, ExamLanguage language, Random random) =>
        Draw(program, language, random.NextInt64());

    /// <summary>Draws the ticket of this seed.</summary>
    /// <exception cref="ProgramValidationException">The program is not valid (so a ticket may not be drawable).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The language is not kk or ru.</exception>
    public static Ticket Draw(QualificationProgram program, ExamLanguage language, long seed)
    {
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "An exam is held in kk or ru (P9).");
        }

        program.EnsureValid();
        var random = new TicketRandom(seed);
        var drawn = program.Theory.Blueprint
            .SelectMany(entry => random.Shuffle(program.Theory.QuestionsOf(entry.Topic)).Take(entry.Count))
            .ToArray();
        var questions = drawn.Select((question, index) => Word(question, index + 1, language, random)).ToArray();
        return new Ticket(program.Code, language, seed, questions);
    }

    private static TicketQuestion Word(TheoryQuestion question, int number, ExamLanguage language, TicketRandom random)
    {
        var wording = question.In(language);
        return new TicketQuestion(number, question.Id, question.Topic, wording.Text, random.Shuffle(wording.Options), question.Correct);
    }
}
