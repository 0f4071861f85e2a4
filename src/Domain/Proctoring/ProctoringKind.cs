namespace Platform.Domain.Proctoring;

/// <summary>
/// What online proctoring (P2.8) or the commission reports about a sitting: detections (0-99), the identity check
/// (100) and telemetry (101-). One enum for the stream, the detections, the warnings and the log. The names are on the
/// wire and in the sittings' event log, the numbers in the grain state: neither changes for an existing member.
/// See <see cref="ProctoringKinds"/> for which is which.
/// </summary>
public enum ProctoringKind
{
    /// <summary>No face in the frame.</summary>
    FaceMissing = 0,

    /// <summary>More than one face (multi-face detection).</summary>
    SeveralFaces = 1,

    /// <summary>A face that is not the candidate's.</summary>
    UnknownFace = 2,

    /// <summary>Head turned away from the screen.</summary>
    HeadTurnedAway = 3,

    /// <summary>The candidate left the frame.</summary>
    LeftFrame = 4,

    /// <summary>Noise above the threshold.</summary>
    Noise = 5,

    /// <summary>Speech detected.</summary>
    Speech = 6,

    /// <summary>P12: a prohibited item seen or reported; the item is named.</summary>
    ProhibitedItem = 7,

    /// <summary>P2.8: the 360° room scan was requested.</summary>
    RoomScanRequested = 8,

    /// <summary>P2.8, P8: the 360° room scan was completed; the theory may open.</summary>
    RoomScanCompleted = 9,

    /// <summary>The candidate refused the room scan.</summary>
    RoomScanRefused = 10,

    /// <summary>The exam window lost focus.</summary>
    FocusLost = 11,

    /// <summary>The connection was lost.</summary>
    ConnectionLost = 12,

    /// <summary>P2.8: face recognition identified the candidate.</summary>
    IdentityVerified = 100,

    /// <summary>Telemetry: the proctoring client is alive.</summary>
    Heartbeat = 101,

    /// <summary>Telemetry: a noise level sample (the value in dB).</summary>
    NoiseLevel = 102,
}
