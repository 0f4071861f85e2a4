namespace Platform.Grains.Sittings;

/// <summary>
/// P9: the candidate's answer to one question of the ticket. <paramref name="Sequence"/> grows with every change the
/// candidate's client makes to that question: an answer whose sequence is not above the stored one never overwrites it
/// (a retried or late duplicate is harmless).
/// </summary>
/// <param name="QuestionId">The question, by its id on the ticket.</param>
/// <param name="OptionId">The option chosen.</param>
/// <param name="Sequence">The client's sequence number for this question, from 1.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.SaveAnswer")]
public sealed record SaveAnswer(
    [property: Id(0)] string QuestionId,
    [property: Id(1)] string OptionId,
    [property: Id(2)] long Sequence);
