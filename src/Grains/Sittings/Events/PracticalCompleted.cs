namespace Platform.Grains.Sittings.Events;

/// <summary>P16, P17: the practical stage was evaluated; the shortfalls name the steps not performed per the map.</summary>
public sealed record PracticalCompleted(string By, string Role, bool Passed, IReadOnlyList<string> Shortfalls, string Rule)
    : SittingEvent(SittingFactKind.PracticalCompleted);
