using Platform.Domain.Calendar;
using Platform.Domain.Rules;

namespace Platform.Domain.Deadlines;

/// <summary>
/// One statutory deadline of the Rules (SPEC §2). "Within N working days after the day of X": the day of X is not
/// counted; the deadline is the end of the N-th working day after it.
/// </summary>
/// <param name="Kind">Which deadline.</param>
/// <param name="Owner">The center (obligation) or the candidate (window).</param>
/// <param name="Length">How many <paramref name="Unit"/>s.</param>
/// <param name="Unit">Working days or calendar years.</param>
/// <param name="ClockStart">The event whose day starts the clock.</param>
/// <param name="OnExpiry">What happens when it passes.</param>
/// <param name="Rule">The point of the Rules, e.g. <see cref="Rule.P5"/>.</param>
/// <param name="Description">One line in English for people.</param>
public sealed record StatutoryDeadline(
    DeadlineKind Kind,
    DeadlineOwner Owner,
    int Length,
    DeadlinePeriodUnit Unit,
    DeadlineClockStart ClockStart,
    DeadlineExpiry OnExpiry,
    Rule Rule,
    string Description)
{
    /// <summary>A deadline is "at risk" from the start of this many working days before its due day (platform policy).</summary>
    public const int AtRiskLeadWorkingDays = 1;

    /// <summary>Whether the deadline is counted in working days.</summary>
    public bool IsInWorkingDays => Unit == DeadlinePeriodUnit.WorkingDays;

    /// <summary>The last day of a working-day deadline started on <paramref name="startDay"/>.</summary>
    public DateOnly DueDay(WorkingCalendar calendar, DateOnly startDay) =>
        calendar.AddWorkingDays(startDay, RequireWorkingDays());

    /// <summary>The instant a working-day deadline ends: see <see cref="WorkingCalendar.DeadlineAfter"/>.</summary>
    public DateTimeOffset DueAt(WorkingCalendar calendar, DateOnly startDay) =>
        calendar.DeadlineAfter(startDay, RequireWorkingDays());

    /// <summary>
    /// The working day before the due day (<see cref="AtRiskLeadWorkingDays"/>); from its start the deadline is shown
    /// as at risk. For a one-day deadline this is the start day itself.
    /// </summary>
    public DateOnly AtRiskDay(WorkingCalendar calendar, DateOnly startDay) =>
        calendar.AddWorkingDays(startDay, Math.Max(RequireWorkingDays() - AtRiskLeadWorkingDays, 0));

    /// <summary>The first instant of <see cref="AtRiskDay"/> in Asia/Almaty.</summary>
    public DateTimeOffset AtRiskFrom(WorkingCalendar calendar, DateOnly startDay) =>
        KazakhstanTime.StartOfDay(AtRiskDay(calendar, startDay));

    /// <summary>
    /// The last day of a calendar-year period started on <paramref name="startDay"/> (the same date
    /// <see cref="Length"/> years later; 29 February falls back to 28 February); it expires after that day.
    /// </summary>
    public DateOnly PeriodEnd(DateOnly startDay)
    {
        if (Unit != DeadlinePeriodUnit.CalendarYears)
        {
            throw new InvalidOperationException($"{Kind} ({Rule}) is counted in working days; use DueDay.");
        }

        return startDay.AddYears(Length);
    }

    private int RequireWorkingDays() => IsInWorkingDays
        ? Length
        : throw new InvalidOperationException($"{Kind} ({Rule}) is counted in calendar years; use PeriodEnd.");
}
