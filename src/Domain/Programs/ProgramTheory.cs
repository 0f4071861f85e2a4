using System.Text.Json.Serialization;

namespace Platform.Domain.Programs;

/// <summary>
/// The theory stage of a qualification program (P9, P15): the bank of questions in kk and ru grouped in topics,
/// the blueprint of a ticket and the time limit.
/// </summary>
/// <param name="TimeLimitMinutes">The time the candidate has for the ticket.</param>
/// <param name="Topics">The topics of the bank.</param>
/// <param name="Questions">The bank.</param>
/// <param name="Blueprint">How many questions a ticket draws from which topic.</param>
public sealed record ProgramTheory(
    int TimeLimitMinutes,
    IReadOnlyList<ProgramTopic> Topics,
    IReadOnlyList<TheoryQuestion> Questions,
    IReadOnlyList<BlueprintEntry> Blueprint)
{
    /// <summary>The time limit of the theory stage.</summary>
    [JsonIgnore]
    public TimeSpan TimeLimit => TimeSpan.FromMinutes(TimeLimitMinutes);

    /// <summary>How many questions a ticket has: the sum of the blueprint.</summary>
    [JsonIgnore]
    public int TicketSize => Blueprint.Sum(entry => entry.Count);

    /// <summary>The questions of one topic, in bank order.</summary>
    public IReadOnlyList<TheoryQuestion> QuestionsOf(string topic) =>
        [.. Questions.Where(question => question.Topic == topic)];
}
