using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Platform.Frontend.Site;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;

namespace Platform.Integration.Tests.Pages;

/// <summary>Every text of the site exists in kk, ru and en (issue 13: "every text in resources"), and return addresses stay local.</summary>
public sealed partial class SiteTextTests
{
    private static readonly string Resources = Path.Combine(RepositoryRoot.Path, "src", "Frontend", "Site", "Resources");

    [Fact]
    public void EveryKeyAPageSaysExistsInAllThreeLanguages()
    {
        var used = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src", "Frontend"), "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => SayCall().Matches(File.ReadAllText(file)).Select(match => match.Groups["key"].Value))
            .Concat(Roles.All.Select(role => "Role." + role))
            .ToHashSet();

        var missing = used.SelectMany(key => new[] { "en", "ru", "kk" }
                .Where(language => Text(key, language) is null)
                .Select(language => $"{key} ({language})"))
            .ToList();

        Assert.True(used.Count > 40, $"only {used.Count} keys found: the scan is broken");
        Assert.Empty(missing);
    }

    [Fact]
    public void EachTableHasTheSameKeysInEachLanguageAndNoEmptyText()
    {
        foreach (var neutral in Directory.EnumerateFiles(Resources, "*.resx").Where(file => Path.GetFileName(file).Count(c => c == '.') == 1))
        {
            var english = Keys(neutral);
            foreach (var language in new[] { "ru", "kk" })
            {
                var translated = Keys(Path.ChangeExtension(neutral, $".{language}.resx"));
                Assert.Equal(english.Keys.Order(), translated.Keys.Order());
                Assert.DoesNotContain(translated, pair => string.IsNullOrWhiteSpace(pair.Value));
            }
        }
    }

    [Theory]
    [InlineData("/me/cases/case-1", "/me/cases/case-1")]
    [InlineData("/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("", "/")]
    [InlineData(null, "/")]
    public void AReturnAddressIsAPathOfThisSiteOrTheHomePage(string? returnUrl, string expected) =>
        Assert.Equal(expected, SiteAddresses.LocalOrHome(returnUrl));

    private static string? Text(string key, string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            // SiteText falls back to English for a missing translation; the table test catches those.
            return SiteText.Has(key) ? SiteText.Say(key) : null;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(data => (string)data.Attribute("name")!, data => (string)data.Element("value")!);

    [GeneratedRegex("""Say\("(?<key>[A-Za-z0-9.\-]+)"[,)]""")]
    private static partial Regex SayCall();
}
