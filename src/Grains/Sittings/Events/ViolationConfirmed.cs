namespace Platform.Grains.Sittings.Events;

/// <summary>P13, SPEC §5: a proctor or commission member confirmed a suspicious detection as a violation.</summary>
public sealed record ViolationConfirmed(string By, string Role, Guid DetectionId, string Rule) : SittingEvent(SittingFactKind.ViolationConfirmed);
