using Platform.Domain.Calendar;
using Platform.Domain.Programs;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Site;

/// <summary>
/// The Domain's validation decisions (a message key with its arguments) worded from <c>Resources/DomainText</c> in kk,
/// ru or en: a program's errors by path (<c>Program.Error.&lt;Key&gt;</c>) and a calendar's first problem
/// (<c>Calendar.Error.&lt;Key&gt;</c>), for the administrator's pages and the API's ProblemDetails alike.
/// </summary>
public static class DomainWording
{
    /// <summary>The error in the request's language.</summary>
    public static string Say(ProgramError error) => SiteText.Say("Program.Error." + error.Key, [.. error.Arguments]);

    /// <summary>The problem in the request's language.</summary>
    public static string Say(CalendarProblem problem) => SiteText.Say("Calendar.Error." + problem.Key, [.. problem.Arguments]);

    /// <summary>The problem in the three languages, for a ProblemDetails worded as the caller reads.</summary>
    public static Text Text(CalendarProblem problem) => new(In("en", problem), In("ru", problem), In("kk", problem));

    private static string In(string language, CalendarProblem problem) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, SiteText.In(language, "Calendar.Error." + problem.Key), [.. problem.Arguments]);
}
