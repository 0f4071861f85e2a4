using Platform.Domain.Exams;

namespace Platform.Domain.Programs;

/// <summary>
/// A ticket of the theory stage (P9, P15): questions drawn per the program's blueprint, in the language the
/// candidate chose, options shuffled; answers are checked by option id. The same program and seed give the same
/// ticket, so a sitting persists the seed (or the ticket) and redraws it after a restart.
/// </summary>
/// <param name="ProgramCode">The program it was drawn from.</param>
/// <param name="Language">The language of the exam (P9).</param>
/// <param name="Seed">The seed it was drawn with.</param>
/// <param name="Questions">The questions in ticket order.</param>
public sealed record Ticket(string ProgramCode, ExamLanguage Language, long Seed, IReadOnlyList<TicketQuestion> Questions)
{
    /// <summary>How many questions the ticket has: the total of P15.</summary>
    public int Size => Questions.Count;

    /// <summary>The question with this bank id, if it is on the ticket.</summary>
    public TicketQuestion? Find(string questionId) => Questions.FirstOrDefault(q => q.QuestionId == questionId);

    /// <summary>Whether an answer names a question of the ticket and one of its options (to refuse it before saving).</summary>
    public bool Accepts(string questionId, string optionId) => Find(questionId)?.HasOption(optionId) ?? false;

    /// <summary>
    /// P15: scores the answers (question id → option id) against all the questions of the ticket; an unanswered
    /// question counts as not correct. More than 70% correct admits to the practical stage.
    /// </summary>
    /// <exception cref="ArgumentException">An answer names a question not on the ticket, or an option the question does not have.</exception>
    public TheoryResult Score(IReadOnlyDictionary<string, string> answers)
    {
        foreach (var (questionId, optionId) in answers)
        {
            if (!Accepts(questionId, optionId))
            {
                throw new ArgumentException($"Answer '{optionId}' to '{questionId}' is not an option of a question of this ticket.", nameof(answers));
            }
        }

        var correct = Questions.Count(q => answers.TryGetValue(q.QuestionId, out var chosen) && chosen == q.CorrectOptionId);
        return TheoryResult.Evaluate(correct, Size);
    }
}
