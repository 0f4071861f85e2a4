namespace Platform.Domain.Calendar;

/// <summary>
/// A transfer of a day off set by the government or the Labour Ministry:
/// a weekday becomes a day off and a weekend day becomes a working day.
/// </summary>
/// <param name="DayOff">The weekday that becomes a day off.</param>
/// <param name="WorkedDay">The Saturday or Sunday that becomes a working day.</param>
/// <param name="Act">The act that set the transfer.</param>
public sealed record CalendarTransfer(DateOnly DayOff, DateOnly WorkedDay, string Act);
