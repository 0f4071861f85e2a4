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
            var detection = new Detection("d", ProctoringKind.ProhibitedItem, _at, item);

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
    [InlineData(ProctoringKind.RoomScanRequested, DetectionClass.Informational)]
    [InlineData(ProctoringKind.RoomScanCompleted, DetectionClass.Informational)]
    [InlineData(ProctoringKind.RoomScanRefused, DetectionClass.Suspicious)]
    [InlineData(ProctoringKind.FaceMissing, DetectionClass.Suspicious)]
    [InlineData(ProctoringKind.UnknownFace, DetectionClass.Suspicious)]
    [InlineData(ProctoringKind.LeftFrame, DetectionClass.Suspicious)]
    [InlineData(ProctoringKind.FocusLost, DetectionClass.Suspicious)]
    [InlineData(ProctoringKind.ConnectionLost, DetectionClass.Suspicious)]
    public void OtherDetectionsAreSuspiciousOrNeutral(ProctoringKind kind, DetectionClass expected)
    {
        Assert.Equal(expected, DetectionClassifier.Classify(new Detection("d", kind, _at), AllowedItems.None));
    }
}
