using System.Globalization;

namespace Platform.Domain.Calendar;

/// <summary>
/// The first rule of the calendar data format a year breaks, as a decision: a message key and the values the wording
/// names (dates as yyyy-MM-dd). The wording is the caller's, in the reader's language (the Frontend's resources
/// <c>Calendar.Error.&lt;Key&gt;</c>, with <see cref="Arguments"/> as <c>{0}</c>, <c>{1}</c>…).
/// </summary>
public sealed record CalendarProblem(string Key, IReadOnlyList<string> Arguments)
{
    /// <summary>A problem whose arguments are written in invariant form (a date as yyyy-MM-dd).</summary>
    public CalendarProblem(string key, params object?[] arguments)
        : this(key, [.. arguments.Select(Invariant)])
    {
    }

    /// <summary>"Key(argument, …)", for logs and exceptions (never shown to a person as it is).</summary>
    public override string ToString() => Arguments.Count == 0 ? Key : $"{Key}({string.Join(", ", Arguments)})";

    private static string Invariant(object? argument) => argument switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(argument, CultureInfo.InvariantCulture) ?? "",
    };
}
