using System.Globalization;
using System.Resources;

namespace Platform.Frontend.Site;

/// <summary>
/// Every text of the site's pages, from the <c>.resx</c> tables in <c>Site/Resources</c> (en, with <c>ru</c> and
/// <c>kk</c> translations; one table per area, each made from its <c>.tsv</c> by <c>scripts/resx.py</c>), in the
/// request's language. Pages call <see cref="Say(string)"/> with the key; a test checks that every key a page uses
/// exists in all three languages.
/// </summary>
public static class SiteText
{
    private const string Prefix = "Platform.Frontend.Site.Resources.";

    /// <summary>Every table of the folder, found in the assembly: adding a table needs no code.</summary>
    private static readonly ResourceManager[] Tables = typeof(SiteText).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".resources", StringComparison.Ordinal))
        .Select(name => new ResourceManager(name[..^".resources".Length], typeof(SiteText).Assembly))
        .ToArray();

    public static string Say(string key) => In(CultureInfo.CurrentUICulture, key);

    public static string Say(string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentUICulture, Say(key), arguments);

    /// <summary>A text in a given language (e-mails and documents written for someone other than the caller).</summary>
    public static string In(string language, string key) => In(CultureInfo.GetCultureInfo(language), key);

    /// <summary>True when some table has the key (in English, the tables' neutral language).</summary>
    public static bool Has(string key) => Tables.Any(table => table.GetString(key, CultureInfo.InvariantCulture) is not null);

    private static string In(CultureInfo culture, string key)
    {
        foreach (var table in Tables)
        {
            if (table.GetString(key, culture) is { } text)
            {
                return text;
            }
        }

        return $"[{key}]";
    }
}
