using Platform.Domain.Exams;

namespace Platform.Domain.Tests.Exams;

/// <summary>P16-P17: the practical task is judged against the technological map.</summary>
public sealed class PracticalResultTests
{
    private static readonly TechnologicalMap _map = TechnologicalMap.Create(
        "Balance a ledger",
        [
            new TechnologicalMapStep("s1", "Prepare the workplace", ["Tools at hand"]),
            new TechnologicalMapStep("s2", "Post the entries", ["All entries posted", "No arithmetic errors"]),
            new TechnologicalMapStep("s3", "Tidy up", ["Workplace clean"], Required: false),
        ]);

    [Fact]
    public void EveryStepPerformedPerTheMapPasses()
    {
        var result = PracticalResult.Evaluate(_map, [new("s1", true), new("s2", true), new("s3", true)]);

        Assert.True(result.Passed);
        Assert.Empty(result.Shortfalls);
    }

    [Fact]
    public void ARequiredStepNotPerformedPerTheMapFailsWithItsComment()
    {
        var result = PracticalResult.Evaluate(_map, [new("s1", true), new("s2", false, "Two entries missing"), new("s3", true)]);

        Assert.False(result.Passed);
        var shortfall = Assert.Single(result.Shortfalls);
        Assert.Equal(new PracticalShortfall("s2", "Post the entries", PracticalShortfallReason.NotPerformedPerMap, "Two entries missing"), shortfall);
    }

    [Fact]
    public void AnOptionalStepNotPerformedDoesNotFail()
    {
        Assert.True(PracticalResult.Evaluate(_map, [new("s1", true), new("s2", true), new("s3", false)]).Passed);
    }

    [Fact]
    public void AnUnmarkedStepFailsAsNotMarked()
    {
        var result = PracticalResult.Evaluate(_map, [new("s2", false), new("s3", true)]);

        Assert.False(result.Passed);
        Assert.Equal(
            [("s1", PracticalShortfallReason.NotMarked), ("s2", PracticalShortfallReason.NotPerformedPerMap)],
            result.Shortfalls.Select(s => (s.StepId, s.Reason)));
    }

    [Fact]
    public void AMarkForAnUnknownStepIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => PracticalResult.Evaluate(_map, [new("s1", true), new("s9", true)]));

        Assert.Contains("s9", ex.Message);
    }

    [Fact]
    public void AStepMarkedTwiceIsRejected()
    {
        Assert.Throws<ArgumentException>(() => PracticalResult.Evaluate(_map, [new("s1", true), new("s1", false)]));
    }

    [Fact]
    public void AMapNeedsUniqueStepsAndAtLeastOne()
    {
        Assert.Throws<ArgumentException>(() => TechnologicalMap.Create("t", []));
        Assert.Throws<ArgumentException>(() => TechnologicalMap.Create("t", [new("a", "A", []), new("a", "B", [])]));
        Assert.Throws<ArgumentException>(() => TechnologicalMap.Create("t", [new(" ", "A", [])]));
    }
}
