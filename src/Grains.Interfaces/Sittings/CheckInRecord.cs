namespace Platform.Grains.Sittings;

/// <summary>What check-in recorded (P8, P2.8), each with the time it was recorded; null while not done.</summary>
/// <param name="MethodologyAcknowledgedAt">P8: methodology and tools of the program.</param>
/// <param name="ComplaintAndAppealAcknowledgedAt">P8: complaint and appeal procedures.</param>
/// <param name="SafetyBriefingAt">P8, offline: the induction safety briefing.</param>
/// <param name="SafetyBriefingJournalEntry">P8, offline: its entry in the paper journal.</param>
/// <param name="IdentityVerifiedAt">P2.8, online: face recognition identified the candidate.</param>
/// <param name="RoomScanCompletedAt">P2.8, online: the 360° room scan was completed.</param>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Sittings.CheckInRecord")]
public sealed record CheckInRecord(
    [property: Id(0)] DateTimeOffset? MethodologyAcknowledgedAt,
    [property: Id(1)] DateTimeOffset? ComplaintAndAppealAcknowledgedAt,
    [property: Id(2)] DateTimeOffset? SafetyBriefingAt,
    [property: Id(3)] string? SafetyBriefingJournalEntry,
    [property: Id(4)] DateTimeOffset? IdentityVerifiedAt,
    [property: Id(5)] DateTimeOffset? RoomScanCompletedAt);
