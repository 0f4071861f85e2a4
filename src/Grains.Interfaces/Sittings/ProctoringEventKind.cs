namespace Platform.Grains.Sittings;

/// <summary>
/// What an event of the online proctoring stream (P2.8) reports: the detections of
/// <see cref="Platform.Domain.Proctoring.DetectionKind"/> under the same names, the identity check, and high-rate
/// telemetry (heartbeats, noise level samples) that is aggregated rather than logged one by one.
/// </summary>
[GenerateSerializer, Alias("Platform.Grains.Sittings.ProctoringEventKind")]
public enum ProctoringEventKind
{
    FaceMissing,
    SeveralFaces,
    UnknownFace,
    HeadTurnedAway,
    LeftFrame,
    Noise,
    Speech,

    /// <summary>P12: a prohibited item is seen; the event names it.</summary>
    ProhibitedItem,

    /// <summary>P2.8: the 360° room scan was requested.</summary>
    RoomScanRequested,

    /// <summary>P2.8, P8: the 360° room scan was completed; the theory may open.</summary>
    RoomScanCompleted,
    RoomScanRefused,
    FocusLost,
    ConnectionLost,

    /// <summary>P2.8: face recognition identified the candidate.</summary>
    IdentityVerified = 100,

    /// <summary>Telemetry: the proctoring client is alive.</summary>
    Heartbeat,

    /// <summary>Telemetry: a noise level sample (the value in dB).</summary>
    NoiseLevel,
}
