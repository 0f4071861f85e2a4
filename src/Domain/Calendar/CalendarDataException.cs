namespace Platform.Domain.Calendar;

/// <summary>Calendar data that cannot be trusted: malformed JSON or a rule of the data format broken (<see cref="Problem"/>).</summary>
public sealed class CalendarDataException(CalendarProblem problem, Exception? inner = null) : Exception($"Calendar data: {problem}.", inner)
{
    /// <summary>The rule broken, as a message key with its arguments.</summary>
    public CalendarProblem Problem { get; } = problem;
}
