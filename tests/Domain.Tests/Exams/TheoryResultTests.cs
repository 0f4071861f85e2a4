using CsCheck;
using Platform.Domain.Exams;

namespace Platform.Domain.Tests.Exams;

/// <summary>P15: more than seventy percent of correct answers admits to the practical stage; exactly 70% fails.</summary>
public sealed class TheoryResultTests
{
    [Theory]
    [InlineData(21, 30, false)]
    [InlineData(22, 30, true)]
    [InlineData(70, 100, false)]
    [InlineData(71, 100, true)]
    [InlineData(7, 10, false)]
    [InlineData(8, 10, true)]
    [InlineData(0, 1, false)]
    [InlineData(1, 1, true)]
    public void AdmissionNeedsMoreThanSeventyPercent(int correct, int total, bool admitted)
    {
        Assert.Equal(admitted, TheoryResult.Evaluate(correct, total).Admitted);
    }

    [Fact]
    public void TwentyOneOfThirtyFails() => Assert.False(TheoryResult.Evaluate(21, 30).Admitted);

    [Fact]
    public void TwentyTwoOfThirtyPasses() => Assert.True(TheoryResult.Evaluate(22, 30).Admitted);

    [Fact]
    public void ExactlySeventyPercentAlwaysFails()
    {
        Gen.Int[1, 10_000_000].Sample(k => !TheoryResult.Evaluate(7 * k, 10 * k).Admitted);
    }

    [Fact]
    public void OneMoreThanSeventyPercentAlwaysPasses()
    {
        Gen.Int[1, 10_000_000].Sample(k => TheoryResult.Evaluate((7 * k) + 1, 10 * k).Admitted);
    }

    [Fact]
    public void AdmissionAgreesWithExactRationalComparison()
    {
        Gen.Int[1, int.MaxValue].SelectMany(total => Gen.Int[0, total].Select(correct => (correct, total)))
            .Sample(t => TheoryResult.Evaluate(t.correct, t.total).Admitted == ((decimal)t.correct / t.total > 0.7m));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, -1)]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void InvalidCountsAreRejected(int correct, int total)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TheoryResult.Evaluate(correct, total));
    }
}
