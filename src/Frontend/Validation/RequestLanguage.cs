using System.Globalization;
using Platform.Frontend.Problems;

namespace Platform.Frontend.Validation;

/// <summary>
/// Sets the UI culture of a request to its language (kk, ru or en, chosen as <see cref="Problem.Language"/> chooses),
/// so texts read from resources — the request checks' wording first — come in the caller's language. The formatting
/// culture is left alone: numbers and dates on the wire stay invariant.
/// </summary>
public sealed class RequestLanguage(RequestDelegate next)
{
    private static readonly Dictionary<string, CultureInfo> Cultures = new()
    {
        ["kk"] = CultureInfo.GetCultureInfo("kk"),
        ["ru"] = CultureInfo.GetCultureInfo("ru"),
        ["en"] = CultureInfo.GetCultureInfo("en"),
    };

    public Task InvokeAsync(HttpContext context)
    {
        CultureInfo.CurrentUICulture = Cultures[Problem.Language(context)];
        return next(context);
    }
}
