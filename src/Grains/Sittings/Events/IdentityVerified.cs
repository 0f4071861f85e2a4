namespace Platform.Grains.Sittings.Events;

/// <summary>
/// P2.8: the candidate's identity was verified, either by a person (<see cref="By"/>) or by face recognition in the
/// proctoring stream (<see cref="DetectionId"/>, the event's id).
/// </summary>
public sealed record IdentityVerified(
    string? By, string? Role, Guid? DetectionId, double? Confidence, DateTimeOffset? ObservedAt, string Rule)
    : SittingEvent(SittingFactKind.IdentityVerified);
