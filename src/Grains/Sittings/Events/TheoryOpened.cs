namespace Platform.Grains.Sittings.Events;

/// <summary>P9: the ticket was drawn (by its seed) and the theory stage opened until the deadline.</summary>
public sealed record TheoryOpened(string By, string Role, long Seed, DateTimeOffset Deadline, int Total, string Rule)
    : SittingEvent(SittingFactKind.TheoryOpened);
