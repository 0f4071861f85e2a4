using Platform.Domain.Proctoring;

namespace Platform.Domain.Tests.Proctoring;

/// <summary>P12: only a prohibited item the program does not allow is a violation by itself.</summary>
public sealed class DetectionClassifierTests
{
    private static readonly DateTimeOffset _at = new(2025, 4, 8, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void EveryProhibitedItemOfP12IsAViolationUnlessAllowed()
    {
        foreach (var item in Enum.GetValues<ProhibitedItem>())
        {
            var detection = new Detection("d", DetectionKind.ProhibitedItem, _at, item);

            Assert.Equal(DetectionClass.Violation, DetectionClassifier.Classify(detection, AllowedItems.None));
            Assert.Equal(DetectionClass.Informational, DetectionClassifier.Classify(detection, AllowedItems.Of(item)));
        }
    }

    [Fact]
    public void P12ListsEighteenKindsOfItem()
    {
        Assert.Equal(18, Enum.GetValues<ProhibitedItem>().Length);
    }

    [Theory]
    [InlineData(DetectionKind.RoomScanRequested, DetectionClass.Informational)]
    [InlineData(DetectionKind.RoomScanCompleted, DetectionClass.Informational)]
    [InlineData(DetectionKind.RoomScanRefused, DetectionClass.Suspicious)]
    [InlineData(DetectionKind.FaceMissing, DetectionClass.Suspicious)]
    [InlineData(DetectionKind.UnknownFace, DetectionClass.Suspicious)]
    [InlineData(DetectionKind.LeftFrame, DetectionClass.Suspicious)]
    [InlineData(DetectionKind.FocusLost, DetectionClass.Suspicious)]
    [InlineData(DetectionKind.ConnectionLost, DetectionClass.Suspicious)]
    public void OtherDetectionsAreSuspiciousOrNeutral(DetectionKind kind, DetectionClass expected)
    {
        Assert.Equal(expected, DetectionClassifier.Classify(new Detection("d", kind, _at), AllowedItems.None));
    }
}
