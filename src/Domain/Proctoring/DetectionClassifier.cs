namespace Platform.Domain.Proctoring;

/// <summary>
/// P12-P13 and SPEC §5: a detection is a violation only when it is a prohibited item the program does not
/// allow; room scans requested or completed and allowed items are neutral; everything else is suspicious
/// until a proctor or commission member confirms it (see <see cref="ViolationPolicy.Confirm"/>).
/// </summary>
public static class DetectionClassifier
{
    /// <summary>How the detection counts before any confirmation.</summary>
    public static DetectionClass Classify(Detection detection, AllowedItems allowed) => detection switch
    {
        { Kind: ProctoringKind.ProhibitedItem, Item: { } item } =>
            allowed.Allows(item) ? DetectionClass.Informational : DetectionClass.Violation,
        { Kind: ProctoringKind.RoomScanRequested or ProctoringKind.RoomScanCompleted } => DetectionClass.Informational,
        _ => DetectionClass.Suspicious,
    };
}
