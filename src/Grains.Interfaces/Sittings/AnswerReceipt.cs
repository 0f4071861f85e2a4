using Platform.Domain.Rules;

namespace Platform.Grains.Sittings;

/// <summary>
/// The server's answer to <see cref="SaveAnswer"/>: what is stored for the question now (durable in PostgreSQL before
/// this receipt is sent), whether this call changed it, and the refusal when the answer was not taken at all.
/// </summary>
/// <param name="QuestionId">The question.</param>
/// <param name="StoredOptionId">The option stored for it; null when none is.</param>
/// <param name="StoredSequence">The sequence of the stored answer; 0 when none is.</param>
/// <param name="Saved">This call's answer is the one stored now (false for an older or repeated sequence).</param>
/// <param name="Answered">How many questions of the ticket have an answer.</param>
/// <param name="TimeLeft">The time left of the theory stage.</param>
/// <param name="Refusal">Why the answer was not taken (P9: time over, submitted; not on the ticket), or null.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.AnswerReceipt")]
public sealed record AnswerReceipt(
    [property: Id(0)] string QuestionId,
    [property: Id(1)] string? StoredOptionId,
    [property: Id(2)] long StoredSequence,
    [property: Id(3)] bool Saved,
    [property: Id(4)] int Answered,
    [property: Id(5)] TimeSpan TimeLeft,
    [property: Id(6)] Refusal? Refusal = null)
{
    public bool Accepted => Refusal is null;
}
