namespace Platform.Frontend.Calendar;

/// <param name="From">The day of the event (not counted).</param>
/// <param name="WorkingDays">N.</param>
/// <param name="Due">The N-th working day after <paramref name="From"/>.</param>
/// <param name="DueAt">The end of <paramref name="Due"/> in Kazakhstan: the instant the deadline passes.</param>
/// <param name="TimeZone">The time zone <paramref name="DueAt"/> is taken in.</param>
public sealed record DeadlineResponse(DateOnly From, int WorkingDays, DateOnly Due, DateTimeOffset DueAt, string TimeZone);
