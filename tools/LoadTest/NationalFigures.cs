namespace Platform.LoadTest;

/// <summary>
/// Issue 16, the run's own figures of a national sitting: how long the registrar's burst opening every theory took,
/// when (t of the live phase) the clock put every deadline behind, and how far apart the deadlines were.
/// </summary>
public sealed record NationalFigures(TimeSpan? OpeningBurst, TimeSpan? ExpiredAt, TimeSpan? DeadlineSpread);
