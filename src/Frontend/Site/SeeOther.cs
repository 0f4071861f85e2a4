using Microsoft.AspNetCore.Components;

namespace Platform.Frontend.Site;

/// <summary>
/// The staff desks' rule for a form that succeeded: redirect after post — 303 See Other to the page that shows the
/// result, its outcome named in the address by a short flag that holds no personal data (<c>?done=Remarks</c>), so a
/// reload or the back button never posts again. The audit middleware records a 303 answer to a post as the change it is
/// (once); a refusal (409) or invalid input (400) is answered with the page itself, the form and its errors kept.
/// </summary>
public static class SeeOther
{
    /// <summary>The query parameter that names what was done.</summary>
    public const string Flag = "done";

    /// <summary>Sends the browser to <paramref name="target"/> with 303 (Blazor's static rendering redirects with 302).</summary>
    public static void Redirect(HttpContext context, NavigationManager navigation, string target)
    {
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status302Found)
            {
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
            }

            return Task.CompletedTask;
        });
        navigation.NavigateTo(target);
    }

    /// <summary>The flag of a done text's key ("Center.Remarks.Done" → "Remarks"), or null for a key of another shape.</summary>
    public static string? FlagOf(string area, string? doneKey) =>
        doneKey is not null && doneKey.StartsWith(area + ".", StringComparison.Ordinal) && doneKey.EndsWith(".Done", StringComparison.Ordinal)
            ? doneKey[(area.Length + 1)..^".Done".Length]
            : null;

    /// <summary>The done text's key a flag names, when it is one of the area's texts (anything else is ignored).</summary>
    public static string? KeyOf(string area, string? flag) =>
        flag is { Length: > 0 and <= 40 } && flag.All(char.IsAsciiLetter) && SiteText.Has($"{area}.{flag}.Done") ? $"{area}.{flag}.Done" : null;

    /// <summary>
    /// A desk's form that succeeded: 303 to <paramref name="page"/> with the flag of its done text's key (the key must be
    /// "Area.Flag.Done"); true when the browser is sent there, false for an outcome not done (the page shows it itself).
    /// </summary>
    public static bool AfterDone(HttpContext context, NavigationManager navigation, IFormOutcome outcome, string page, string area, string? doneKey)
    {
        if (!outcome.IsDone || FlagOf(area, doneKey) is not { } flag)
        {
            return false;
        }

        Redirect(context, navigation, $"{page}{(page.Contains('?') ? '&' : '?')}{Flag}={flag}");
        return true;
    }

    /// <summary>This page's address as the form was posted to it (its query kept: a month, a filter), without a done flag.</summary>
    public static string Here(HttpContext context)
    {
        var query = string.Join('&', context.Request.Query.Where(p => p.Key != Flag)
            .SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}")));
        return $"{context.Request.PathBase}{context.Request.Path}{(query.Length > 0 ? "?" + query : "")}";
    }

    /// <summary>The done text a GET's flag names, in the page language, looked up in the first area that has it; null otherwise.</summary>
    public static string? DoneText(HttpContext context, string? flag, params string[] areas) =>
        HttpMethods.IsGet(context.Request.Method) && areas.Select(area => KeyOf(area, flag)).FirstOrDefault(key => key is not null) is { } key
            ? SiteText.Say(key)
            : null;
}
