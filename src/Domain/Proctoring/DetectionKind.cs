namespace Platform.Domain.Proctoring;

/// <summary>What online proctoring (P2.8) or the commission reports about a sitting.</summary>
public enum DetectionKind
{
    /// <summary>No face in the frame.</summary>
    FaceMissing,

    /// <summary>More than one face (multi-face detection).</summary>
    SeveralFaces,

    /// <summary>A face that is not the candidate's.</summary>
    UnknownFace,

    /// <summary>Head turned away from the screen.</summary>
    HeadTurnedAway,

    /// <summary>The candidate left the frame.</summary>
    LeftFrame,

    /// <summary>Noise above the threshold.</summary>
    Noise,

    /// <summary>Speech detected.</summary>
    Speech,

    /// <summary>A P12 item seen or reported; the item is named.</summary>
    ProhibitedItem,

    /// <summary>A 360° room scan was requested.</summary>
    RoomScanRequested,

    /// <summary>The room scan was completed.</summary>
    RoomScanCompleted,

    /// <summary>The candidate refused the room scan.</summary>
    RoomScanRefused,

    /// <summary>The exam window lost focus.</summary>
    FocusLost,

    /// <summary>The connection was lost.</summary>
    ConnectionLost,
}
