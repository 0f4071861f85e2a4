namespace Platform.Domain.Proctoring;

/// <summary>Which <see cref="ProctoringKind"/>s are detections, the identity check, or telemetry.</summary>
public static class ProctoringKinds
{
    /// <summary>Logged one by one and seen by the violation policy (P12-P13) and the classifier.</summary>
    public static bool IsDetection(this ProctoringKind kind) => kind is >= ProctoringKind.FaceMissing and <= ProctoringKind.ConnectionLost;

    /// <summary>P2.8: face recognition identified the candidate (a check-in signal, not a detection).</summary>
    public static bool IsIdentity(this ProctoringKind kind) => kind == ProctoringKind.IdentityVerified;

    /// <summary>High-rate samples that are aggregated, not logged.</summary>
    public static bool IsTelemetry(this ProctoringKind kind) => kind is ProctoringKind.Heartbeat or ProctoringKind.NoiseLevel;

    /// <summary>A member of the enum (a number outside it, e.g. from a newer client, is none of the above).</summary>
    public static bool IsKnown(this ProctoringKind kind) => kind.IsDetection() || kind.IsIdentity() || kind.IsTelemetry();

    /// <summary>P12: the event must name an item exactly when it reports a prohibited item.</summary>
    public static bool NamesAnItem(this ProctoringKind kind) => kind == ProctoringKind.ProhibitedItem;
}
