using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Frontend.Problems;

/// <summary>
/// RFC 7807 answers whose title and detail a person reads in their language: kk or ru when the request's
/// Accept-Language asks for it, English otherwise.
/// </summary>
public static class Problem
{
    public static ProblemHttpResult BadRequest(HttpContext context, Text title, Text detail) =>
        Create(context, StatusCodes.Status400BadRequest, title, detail);

    public static ProblemHttpResult NotFound(HttpContext context, Text title, Text detail) =>
        Create(context, StatusCodes.Status404NotFound, title, detail);

    public static ProblemHttpResult Create(HttpContext context, int status, Text title, Text detail)
    {
        var language = Language(context);
        return TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Title = title.In(language),
            Detail = detail.In(language),
            Extensions = { ["language"] = language },
        });
    }

    /// <summary>
    /// The language the person chose on the site (its cookie, see <see cref="Site.SiteLanguage"/>), else the first of kk,
    /// ru, en in the request's Accept-Language, in its order of preference; English when none of them.
    /// </summary>
    public static string Language(HttpContext context)
    {
        if (Site.SiteLanguage.Chosen(context.Request) is { } chosen)
        {
            return chosen;
        }

        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value?.Split('-')[0].ToLowerInvariant());
        return preferred.FirstOrDefault(code => code is "kk" or "ru" or "en") ?? "en";
    }
}
