using Platform.Domain.Calendar;

namespace Platform.Grains.Procedure;

/// <summary>The moment an action is applied: the calendar, the instant and the day in Kazakhstan.</summary>
internal sealed record Step(WorkingCalendar Calendar, DateTimeOffset Now)
{
    public DateOnly Today { get; } = KazakhstanTime.DateOf(Now);
}
