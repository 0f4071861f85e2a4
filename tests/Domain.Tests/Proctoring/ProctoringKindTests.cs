using Platform.Domain.Proctoring;

namespace Platform.Domain.Tests.Proctoring;

/// <summary>
/// One enum of proctoring kinds: its names are on the wire and in the sittings' event log, its numbers in the grain
/// state (the former DetectionKind and ProctoringEventKind), so neither may change.
/// </summary>
public sealed class ProctoringKindTests
{
    [Theory]
    [InlineData("FaceMissing", 0)]
    [InlineData("SeveralFaces", 1)]
    [InlineData("UnknownFace", 2)]
    [InlineData("HeadTurnedAway", 3)]
    [InlineData("LeftFrame", 4)]
    [InlineData("Noise", 5)]
    [InlineData("Speech", 6)]
    [InlineData("ProhibitedItem", 7)]
    [InlineData("RoomScanRequested", 8)]
    [InlineData("RoomScanCompleted", 9)]
    [InlineData("RoomScanRefused", 10)]
    [InlineData("FocusLost", 11)]
    [InlineData("ConnectionLost", 12)]
    [InlineData("IdentityVerified", 100)]
    [InlineData("Heartbeat", 101)]
    [InlineData("NoiseLevel", 102)]
    public void EveryKindKeepsTheNameAndTheNumberItIsStoredBy(string name, int number)
    {
        Assert.Equal(number, (int)Enum.Parse<ProctoringKind>(name));
    }

    [Fact]
    public void NoKindIsAddedWithoutANumberPinnedAbove()
    {
        Assert.Equal(16, Enum.GetValues<ProctoringKind>().Length);
    }

    [Fact]
    public void EveryKindIsExactlyOneOfDetectionIdentityAndTelemetry()
    {
        foreach (var kind in Enum.GetValues<ProctoringKind>())
        {
            var roles = new[] { kind.IsDetection(), kind.IsIdentity(), kind.IsTelemetry() };
            Assert.Equal(1, roles.Count(r => r));
            Assert.True(kind.IsKnown());
        }
    }

    [Fact]
    public void TheDetectionsAreTheThirteenOfTheProctoringStream()
    {
        Assert.Equal(13, Enum.GetValues<ProctoringKind>().Count(k => k.IsDetection()));
        Assert.False(((ProctoringKind)50).IsKnown());
    }

    [Fact]
    public void OnlyAProhibitedItemNamesAnItem()
    {
        Assert.Equal([ProctoringKind.ProhibitedItem], Enum.GetValues<ProctoringKind>().Where(k => k.NamesAnItem()));
    }

    [Fact]
    public void ADetectionOfAKindThatIsNoDetectionIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Detection("d", ProctoringKind.Heartbeat, DateTimeOffset.UnixEpoch).Validate());
    }
}
