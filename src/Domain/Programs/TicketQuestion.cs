namespace Platform.Domain.Programs;

/// <summary>
/// A question of a drawn ticket, in the ticket's language, with its options in the ticket's order. The answer key
/// (<paramref name="CorrectOptionId"/>) stays on the server: a candidate's view of the ticket leaves it out.
/// </summary>
/// <param name="Number">Its number on the ticket, from 1.</param>
/// <param name="QuestionId">The id of the question in the bank.</param>
/// <param name="Topic">The id of its topic.</param>
/// <param name="Text">The question in the ticket's language.</param>
/// <param name="Options">The options in the ticket's language and order.</param>
/// <param name="CorrectOptionId">The id of the correct option.</param>
public sealed record TicketQuestion(
    int Number,
    string QuestionId,
    string Topic,
    string Text,
    IReadOnlyList<QuestionOption> Options,
    string CorrectOptionId)
{
    /// <summary>Whether <paramref name="optionId"/> is one of the options.</summary>
    public bool HasOption(string optionId) => Options.Any(option => option.Id == optionId);
}
