namespace Platform.Domain.Deadlines;

/// <summary>The unit a deadline is counted in.</summary>
public enum DeadlinePeriodUnit
{
    /// <summary>Working days of Kazakhstan (SPEC §3).</summary>
    WorkingDays,

    /// <summary>Calendar years.</summary>
    CalendarYears,
}
