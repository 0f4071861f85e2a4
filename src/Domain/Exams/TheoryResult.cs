namespace Platform.Domain.Exams;

/// <summary>
/// P15: a candidate with more than seventy percent of correct answers of all the questions is admitted to the
/// practical stage. Computed in integers, <c>correct * 100 &gt; 70 * total</c>: exactly 70% fails.
/// </summary>
/// <param name="Correct">Correct answers.</param>
/// <param name="Total">All questions of the ticket.</param>
/// <param name="Admitted">Whether the candidate is admitted to the practical stage.</param>
public sealed record TheoryResult(int Correct, int Total, bool Admitted)
{
    /// <summary>P15: the share of correct answers that must be exceeded, in percent.</summary>
    public const int ThresholdPercent = 70;

    private const long Hundred = 100;

    /// <summary>Evaluates a theory stage.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Total is not positive or correct is outside 0..total.</exception>
    public static TheoryResult Evaluate(int correct, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total);
        ArgumentOutOfRangeException.ThrowIfNegative(correct);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(correct, total);
        var admitted = correct * Hundred > ThresholdPercent * (long)total;
        return new TheoryResult(correct, total, admitted);
    }
}
