namespace Platform.Frontend.Site;

/// <summary>The site's stable addresses (people, notices and tests link to them), and the check of a return address.</summary>
public static class SiteAddresses
{
    public const string Home = "/";
    public const string SignIn = SiteAuthentication.SignInPath;
    public const string Verify = "/verify";
    public const string Portal = "/me";
    public const string Apply = "/me/apply";

    public static string Case(string caseId) => $"/me/cases/{Uri.EscapeDataString(caseId)}";

    public static string Exam(string caseId) => Case(caseId) + "/exam";

    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path of this site (one leading slash, no scheme, no backslash), the home
    /// page otherwise: a sign-in link can never send a person to another site.
    /// </summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains('\\')
            && Uri.TryCreate(url, UriKind.Relative, out _)
            ? url
            : Home;
}
