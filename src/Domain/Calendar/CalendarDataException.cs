namespace Platform.Domain.Calendar;

/// <summary>Calendar data that cannot be trusted: malformed JSON or a rule of the data format broken.</summary>
public sealed class CalendarDataException(string message, Exception? inner = null) : Exception(message, inner);
