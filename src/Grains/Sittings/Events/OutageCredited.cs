namespace Platform.Grains.Sittings.Events;

/// <summary>
/// Issue 17, P11's spirit: the platform gave back theory time an outage of its own took — the window as the sitting
/// counted it (<paramref name="From"/>, <paramref name="To"/>), the seconds newly credited (the deadline moved by them),
/// and whether the cap of 30 minutes cut it short (the rest is the commission's to decide).
/// </summary>
public sealed record OutageCredited(string By, string Role, DateTimeOffset From, DateTimeOffset To, int Seconds, bool Capped, string Rule)
    : SittingEvent(SittingFactKind.OutageCredited);
