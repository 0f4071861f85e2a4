using System.Globalization;

namespace Platform.Frontend.Site;

/// <summary>
/// The site's three languages (kk, ru, en) and the person's choice of one, kept in a cookie for a year so that every
/// page, e-mail link and API answer of that browser comes in it.
/// </summary>
public static class SiteLanguage
{
    public const string CookieName = "qrp_lang";

    public static readonly IReadOnlyList<string> All = ["kk", "ru", "en"];

    /// <summary>The language of the current request (set on the UI culture by the request-language middleware).</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "kk" or "ru" ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : "en";

    /// <summary>The language the browser chose on the site, if any.</summary>
    public static string? Chosen(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var value) && All.Contains(value) ? value : null;

    /// <summary>Each language's own name, as the switch shows it.</summary>
    public static string NativeName(string language) => language switch
    {
        "kk" => "Қазақша",
        "ru" => "Русский",
        _ => "English",
    };

    /// <summary><c>GET /language/{code}?returnUrl=</c>: keeps the choice and goes back to the page.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext context) =>
        {
            if (!All.Contains(code))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(CookieName, code, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
            return Results.LocalRedirect(SiteAddresses.LocalOrHome(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
