namespace Platform.Grains.Sittings;

/// <summary>The kinds of records of a sitting's event log.</summary>
public enum SittingFactKind
{
    Opened,
    CheckedIn,
    IdentityVerified,
    RoomScanCompleted,
    TheoryOpened,
    AnswerSaved,
    ExtraTimeGranted,
    TheorySubmitted,
    StepMarked,
    PracticalCompleted,
    Detection,
    ViolationConfirmed,
    WarningIssued,
    WarningDelivered,
    Terminated,
    Removed,
    TechnicalFailure,
    ViolationActSigned,
    ClosedAtDayEnd,
    OutageCredited,
}
