namespace Platform.Grains.Sittings.Events;

/// <summary>P2.8: the 360° room scan was completed.</summary>
public sealed record RoomScanCompleted(string By, string Role, string Rule) : SittingEvent(SittingFactKind.RoomScanCompleted);
