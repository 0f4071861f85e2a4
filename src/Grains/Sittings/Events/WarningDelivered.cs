namespace Platform.Grains.Sittings.Events;

/// <summary>P13: the warning reached the candidate, at <see cref="ObservedAt"/> by the sitting's clock.</summary>
public sealed record WarningDelivered(DateTimeOffset ObservedAt, string Rule) : SittingEvent(SittingFactKind.WarningDelivered);
